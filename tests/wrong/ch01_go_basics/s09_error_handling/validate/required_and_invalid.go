package validate

import (
	"errors"
	"strings"
)

// The reasons a field is invalid.
var (
	ErrRequired = errors.New("is required")
	ErrInvalid  = errors.New("is invalid")
	ErrTooShort = errors.New("is too short")
	ErrTooYoung = errors.New("is below the minimum age of 13")
)

// Signup is what the sign-up form sends.
type Signup struct {
	Username string
	Email    string
	Password string
	Age      int // 0 when the field was left empty
}

// FieldError reports one invalid field. Its methods have value receivers,
// and Validate returns FieldError values, not pointers.
type FieldError struct {
	Field string // "username", "email", "password" or "age"
	Err   error  // ErrRequired, ErrInvalid, ErrTooShort or ErrTooYoung
}

func (e FieldError) Error() string { return e.Field + ": " + e.Err.Error() }

// Unwrap lets errors.Is find the sentinel.
func (e FieldError) Unwrap() error { return e.Err }

// validUsername reports whether s has 3 to 20 characters, each a lower-case
// ASCII letter, a digit or '_'.
func validUsername(s string) bool {
	if len(s) < 3 || len(s) > 20 {
		return false
	}
	for _, r := range s {
		if !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '_') {
			return false
		}
	}
	return true
}

// validEmail reports whether s looks like local@domain.tld: one '@', text
// before it, and a dot inside the domain. (Real address checks are harder.)
func validEmail(s string) bool {
	local, domain, ok := strings.Cut(s, "@")
	dot := strings.LastIndex(domain, ".")
	return ok && local != "" && !strings.Contains(domain, "@") && dot > 0 && dot < len(domain)-1
}

// Validate checks every field of s. It returns nil when all are valid, and
// otherwise errors.Join of one FieldError per invalid field, in field order.
func Validate(s Signup) error {
	var errs []error
	if s.Username == "" {
		errs = append(errs, FieldError{"username", ErrRequired})
	}
	if !validUsername(s.Username) {
		errs = append(errs, FieldError{"username", ErrInvalid})
	}
	if s.Email == "" {
		errs = append(errs, FieldError{"email", ErrRequired})
	}
	if !validEmail(s.Email) {
		errs = append(errs, FieldError{"email", ErrInvalid})
	}
	if s.Password == "" {
		errs = append(errs, FieldError{"password", ErrRequired})
	}
	if len([]rune(s.Password)) < 8 {
		errs = append(errs, FieldError{"password", ErrTooShort})
	}
	switch {
	case s.Age == 0:
		errs = append(errs, FieldError{"age", ErrRequired})
	case s.Age < 0 || s.Age > 150:
		errs = append(errs, FieldError{"age", ErrInvalid})
	case s.Age < 13:
		errs = append(errs, FieldError{"age", ErrTooYoung})
	}
	return errors.Join(errs...) // nil when errs is empty
}
