package compat

import (
	"errors"
	"fmt"
	"plugin"
	"strconv"
	"strings"
)

// HostAPI is the version of the plugin API that this program implements.
const HostAPI = "1.4"

var (
	ErrBadVersion = errors.New("bad API version")
	ErrNoVersion  = errors.New("plugin declares no APIVersion variable")
)

// VersionError reports a plugin written for an API the host does not offer.
type VersionError struct {
	Plugin, Host string
}

func (e *VersionError) Error() string {
	return fmt.Sprintf("plugin needs API %s, host implements %s", e.Plugin, e.Host)
}

// Handler is a plugin's entry point.
type Handler func(input string) (string, error)

// parse reads an API version "MAJOR.MINOR", optionally with a leading "v".
func parse(v string) (major, minor int, err error) {
	// BEGIN SOLUTION
	bad := fmt.Errorf("%w: %q", ErrBadVersion, v)
	ma, mi, ok := strings.Cut(strings.TrimPrefix(v, "v"), ".")
	if !ok {
		return 0, 0, bad
	}
	number := func(s string) (int, bool) {
		n, err := strconv.Atoi(s)
		return n, err == nil
	}
	if major, ok = number(ma); !ok {
		return 0, 0, bad
	}
	if minor, ok = number(mi); !ok {
		return 0, 0, bad
	}
	return major, minor, nil
	// END SOLUTION
}

// Compatible returns nil when a plugin written for API version plugin can
// run in a host that implements API version host.
func Compatible(plugin, host string) error {
	// BEGIN SOLUTION
	pMajor, pMinor, err := parse(plugin)
	if err != nil {
		return err
	}
	hMajor, hMinor, err := parse(host)
	if err != nil {
		return err
	}
	if pMajor != hMajor || pMinor > hMinor {
		return &VersionError{Plugin: plugin, Host: host}
	}
	return nil
	// END SOLUTION
}

// Load opens the plugin at path, checks its APIVersion against HostAPI,
// and only then returns its Handle function.
func Load(path string) (Handler, error) {
	// BEGIN SOLUTION
	p, err := plugin.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	sym, err := p.Lookup("APIVersion")
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", path, ErrNoVersion)
	}
	version, ok := sym.(*string)
	if !ok {
		return nil, fmt.Errorf("load %s: %w: APIVersion is a %T, want a string variable", path, ErrBadVersion, sym)
	}
	if err := Compatible(*version, HostAPI); err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	sym, err = p.Lookup("Handle")
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	handle, ok := sym.(func(string) (string, error))
	if !ok {
		return nil, fmt.Errorf("load %s: Handle is a %T, want func(string) (string, error)", path, sym)
	}
	return Handler(handle), nil
	// END SOLUTION
}
