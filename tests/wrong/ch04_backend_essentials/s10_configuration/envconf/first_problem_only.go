// Package envconf reads the configuration of a service from environment
// variables.
package envconf

import (
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Config is the configuration of the service. The comments name the
// variables, without their prefix.
type Config struct {
	Port        int           // PORT: 1 to 65535; default 8080
	Debug       bool          // DEBUG: as strconv.ParseBool reads it; default false
	Timeout     time.Duration // TIMEOUT: as time.ParseDuration reads it, > 0; default 5s
	Origins     []string      // ORIGINS: a comma-separated list; default [http://localhost:3000]
	DatabaseURL string        // DATABASE_URL: required; a postgres:// or postgresql:// URL
}

// VarError is a problem with one environment variable.
type VarError struct {
	Var string // the full name, with the prefix: "APP_PORT"
	Err error
}

func (e *VarError) Error() string { return e.Var + ": " + e.Err.Error() }

func (e *VarError) Unwrap() error { return e.Err }

// Load reads the configuration from the variables prefix+"PORT",
// prefix+"DEBUG" and so on, through lookup (os.LookupEnv in a program). It
// reports every problem: the error joins one *VarError per variable that is
// wrong, in the order of the fields of Config.
func Load(prefix string, lookup func(string) (string, bool)) (Config, error) {
	// BEGIN SOLUTION
	var errs []error
	fail := func(name string, format string, args ...any) {
		if len(errs) == 0 {
			errs = append(errs, &VarError{Var: prefix + name, Err: fmt.Errorf(format, args...)})
		}
	}
	// get returns the value of a variable that is set and not empty.
	get := func(name string) (string, bool) {
		v, ok := lookup(prefix + name)
		if ok && v == "" {
			fail(name, "set but empty")
			return "", false
		}
		return v, ok
	}

	cfg := Config{
		Port:    8080,
		Timeout: 5 * time.Second,
		Origins: []string{"http://localhost:3000"},
	}
	if v, ok := get("PORT"); ok {
		n, err := strconv.Atoi(v)
		switch {
		case err != nil:
			fail("PORT", "%q is not an integer", v)
		case n < 1 || n > 65535:
			fail("PORT", "%d is not between 1 and 65535", n)
		default:
			cfg.Port = n
		}
	}
	if v, ok := get("DEBUG"); ok {
		b, err := strconv.ParseBool(v)
		if err != nil {
			fail("DEBUG", "%q is not a boolean", v)
		}
		cfg.Debug = b
	}
	if v, ok := get("TIMEOUT"); ok {
		d, err := time.ParseDuration(v)
		switch {
		case err != nil:
			fail("TIMEOUT", "%q is not a duration such as 5s", v)
		case d <= 0:
			fail("TIMEOUT", "%v is not positive", d)
		default:
			cfg.Timeout = d
		}
	}
	if v, ok := lookup(prefix + "ORIGINS"); ok {
		cfg.Origins = []string{}
		if v != "" {
			for item := range strings.SplitSeq(v, ",") {
				item = strings.TrimSpace(item)
				if item == "" {
					fail("ORIGINS", "empty item in %q", v)
					break
				}
				cfg.Origins = append(cfg.Origins, item)
			}
		}
	}
	// The URL may hold a password: no error message quotes it.
	v, ok := lookup(prefix + "DATABASE_URL")
	if !ok || v == "" {
		fail("DATABASE_URL", "required")
	} else if u, err := url.Parse(v); err != nil {
		fail("DATABASE_URL", "not a valid URL")
	} else if u.Scheme != "postgres" && u.Scheme != "postgresql" || u.Host == "" {
		fail("DATABASE_URL", "want postgres://host/database")
	} else {
		cfg.DatabaseURL = v
	}
	if len(errs) > 0 {
		return Config{}, errors.Join(errs...)
	}
	return cfg, nil
	// END SOLUTION
}
