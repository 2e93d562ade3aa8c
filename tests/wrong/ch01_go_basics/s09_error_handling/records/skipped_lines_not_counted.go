package records

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// The causes a ParseError wraps.
var (
	ErrFieldCount = errors.New("want 3 fields: name, age, email")
	ErrEmptyField = errors.New("empty field")
	ErrBadAge     = errors.New("bad age")
)

// User is one record of the file.
type User struct {
	Name  string
	Age   int
	Email string
}

// ParseError reports where parsing failed: the line, and the field when
// one field is at fault. Err is the cause; it wraps one of the sentinels.
type ParseError struct {
	Line  int    // 1-based line number
	Field string // "name", "age", "email", or "" when the whole line is wrong
	Err   error
}

func (e *ParseError) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("line %d: %v", e.Line, e.Err)
	}
	return fmt.Sprintf("line %d: %s: %v", e.Line, e.Field, e.Err)
}

// Unwrap gives errors.Is and errors.As access to the cause.
func (e *ParseError) Unwrap() error { return e.Err }

// Format writes users in the format that Parse reads.
func Format(users []User) string {
	var b strings.Builder
	for _, u := range users {
		b.WriteString(u.Name + "," + strconv.Itoa(u.Age) + "," + u.Email + "\n")
	}
	return b.String()
}

// Parse reads one user per line, "name,age,email". It skips blank lines
// and lines starting with #, and stops at the first bad line with a
// *ParseError.
func Parse(text string) ([]User, error) {
	var users []User
	n := 0
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		n++
		fields := strings.Split(line, ",")
		if len(fields) != 3 {
			return nil, &ParseError{Line: n, Err: ErrFieldCount}
		}
		name := strings.TrimSpace(fields[0])
		rawAge := strings.TrimSpace(fields[1])
		email := strings.TrimSpace(fields[2])
		if name == "" {
			return nil, &ParseError{Line: n, Field: "name", Err: ErrEmptyField}
		}
		if rawAge == "" {
			return nil, &ParseError{Line: n, Field: "age", Err: ErrEmptyField}
		}
		age, err := strconv.Atoi(rawAge)
		if err != nil {
			return nil, &ParseError{Line: n, Field: "age", Err: fmt.Errorf("%w: %w", ErrBadAge, err)}
		}
		if age < 0 || age > 150 {
			return nil, &ParseError{Line: n, Field: "age", Err: fmt.Errorf("%w: %d is not in 0..150", ErrBadAge, age)}
		}
		if email == "" {
			return nil, &ParseError{Line: n, Field: "email", Err: ErrEmptyField}
		}
		users = append(users, User{Name: name, Age: age, Email: email})
	}
	return users, nil // the literal nil: never a nil *ParseError
}
