package validate

import (
	"fmt"
	"strings"
)

// Config is a service's configuration.
type Config struct {
	Name     string
	Port     int
	Replicas int
}

// FieldError reports one invalid field of a Config.
type FieldError struct {
	Field  string
	Reason string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Reason }

// Problems lists every invalid field of a Config, in field order.
type Problems []*FieldError

func (p Problems) Error() string {
	messages := make([]string, len(p))
	for i, problem := range p {
		messages[i] = problem.Error()
	}
	return strings.Join(messages, "; ")
}

// checkName returns the problem with a service name, or nil when it is fine.
func checkName(name string) *FieldError {
	if name == "" {
		return &FieldError{Field: "name", Reason: "must not be empty"}
	}
	return nil
}

// checkPort returns the problem with a port, or nil when it is in 1..65535.
func checkPort(port int) *FieldError {
	if port < 1 || port > 65535 {
		return &FieldError{Field: "port", Reason: fmt.Sprintf("%d is not in 1..65535", port)}
	}
	return nil
}

// checkReplicas returns the problem with a replica count, or nil when it is in 1..10.
func checkReplicas(n int) *FieldError {
	if n < 1 || n > 10 {
		return &FieldError{Field: "replicas", Reason: fmt.Sprintf("%d is not in 1..10", n)}
	}
	return nil
}

// Validate returns the first problem of c (name, then port, then replicas)
// as a *FieldError, or a nil error when c is valid. A nil c is the problem
// FieldError{Field: "config", Reason: "missing"}.
func Validate(c *Config) error {
	if c == nil {
		return &FieldError{Field: "config", Reason: "missing"}
	}
	if problem := checkName(c.Name); problem != nil {
		return problem
	}
	if problem := checkPort(c.Port); problem != nil {
		return problem
	}
	if problem := checkReplicas(c.Replicas); problem != nil {
		return problem
	}
	return nil // a literal nil: no dynamic type, so err == nil for the caller
}

// ValidateAll returns every problem of c, in field order, as Problems, or a
// nil error when c is valid. A nil c gives Problems holding the one problem
// FieldError{Field: "config", Reason: "missing"}.
func ValidateAll(c *Config) error {
	if c == nil {
		return Problems{{Field: "config", Reason: "missing"}}
	}
	var problems Problems
	for _, problem := range []*FieldError{checkName(c.Name), checkPort(c.Port), checkReplicas(c.Replicas)} {
		if problem != nil {
			problems = append(problems, problem)
		}
	}
	return problems
}
