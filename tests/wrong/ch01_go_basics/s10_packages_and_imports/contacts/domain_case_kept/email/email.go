// Package email holds validated e-mail addresses.
//
// The only ways to make a non-zero Address are Parse and UnmarshalText
// (which encoding/json calls), and both validate, so every non-zero Address
// in a program is a valid one.
package email

import (
	"encoding"
	"errors"
	"fmt"
	"strings"
)

// ErrInvalid is wrapped by every error Parse returns.
var ErrInvalid = errors.New("invalid e-mail address")

// Address is a valid e-mail address, or the zero Address, which stands for
// "no address". Its fields are unexported, so other packages cannot build an
// Address that Parse has not checked.
type Address struct {
	local  string // the part before @, as written
	domain string // the part after @, in lower case
}

// encoding/json turns a value into a JSON string with MarshalText and a JSON
// string back into a value with UnmarshalText. These lines make the compiler
// check that Address has both methods.
var (
	_ encoding.TextMarshaler   = Address{}
	_ encoding.TextUnmarshaler = (*Address)(nil)
)

// invalid returns the error for the input s, which is wrong for reason.
func invalid(s, reason string) error {
	return fmt.Errorf("%w %q: %s", ErrInvalid, s, reason)
}

// validLabel reports whether label can be one of the dot-separated parts of
// a domain: 1 to 63 ASCII letters, digits and hyphens, not starting or
// ending with a hyphen.
func validLabel(label string) bool {
	if len(label) == 0 || len(label) > 63 || strings.HasPrefix(label, "-") || strings.HasSuffix(label, "-") {
		return false
	}
	for _, r := range label {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}

// Parse checks s and returns it as an Address. Spaces around s are ignored.
// s must hold exactly one @. The local part before it must be 1 to 64 bytes
// without spaces, tabs or line breaks. The domain after it must be two or
// more labels separated by dots, each one valid for validLabel; it is stored
// in lower case. Errors wrap ErrInvalid and come with the zero Address.
func Parse(s string) (Address, error) {
	s = strings.TrimSpace(s)
	local, domain, found := strings.Cut(s, "@")
	switch {
	case !found:
		return Address{}, invalid(s, "no @")
	case strings.Contains(domain, "@"):
		return Address{}, invalid(s, "more than one @")
	case local == "":
		return Address{}, invalid(s, "nothing before @")
	case len(local) > 64:
		return Address{}, invalid(s, "more than 64 bytes before @")
	case strings.ContainsAny(local, " \t\r\n"):
		return Address{}, invalid(s, "space before @")
	}
	labels := strings.Split(domain, ".")
	if len(labels) < 2 {
		return Address{}, invalid(s, "the domain needs at least one dot")
	}
	for _, label := range labels {
		if !validLabel(label) {
			return Address{}, invalid(s, fmt.Sprintf("bad domain label %q", label))
		}
	}
	return Address{local: local, domain: domain}, nil
}

// Local returns the part of the address before the @, as written.
func (a Address) Local() string { return a.local }

// Domain returns the part of the address after the @, in lower case.
func (a Address) Domain() string { return a.domain }

// IsZero reports whether a is the zero Address: no address.
func (a Address) IsZero() bool { return a == Address{} }

// String returns the address as local@domain, or "" for the zero Address.
func (a Address) String() string {
	if a.IsZero() {
		return ""
	}
	return a.local + "@" + a.domain
}

// MarshalText returns the address as text, the same as String.
func (a Address) MarshalText() ([]byte, error) {
	return []byte(a.String()), nil
}

// UnmarshalText sets *a to the address in text. Empty text, or only spaces,
// sets the zero Address. Otherwise text is checked by Parse; when it is not
// valid, UnmarshalText returns Parse's error and leaves *a unchanged.
func (a *Address) UnmarshalText(text []byte) error {
	if strings.TrimSpace(string(text)) == "" {
		*a = Address{}
		return nil
	}
	parsed, err := Parse(string(text))
	if err != nil {
		return err
	}
	*a = parsed
	return nil
}
