// Package tmplenv fills configuration templates such as
// "postgres://${APP_DB_HOST}:${APP_DB_PORT:-5432}/shop" from environment
// variables, allowing only the variables meant for the application.
package tmplenv

import (
	"os"
	"strings"
)

// Prefix starts the name of every variable a template may use.
const Prefix = "APP_"

// Error lists the problems of a template: the names that were used but
// not allowed, and the allowed names that have no value. Each list is
// sorted and holds a name once.
type Error struct {
	NotAllowed []string
	Undefined  []string
}

func (e *Error) Error() string {
	var parts []string
	if len(e.NotAllowed) > 0 {
		parts = append(parts, "not allowed: "+strings.Join(e.NotAllowed, ", "))
	}
	if len(e.Undefined) > 0 {
		parts = append(parts, "undefined: "+strings.Join(e.Undefined, ", "))
	}
	return "template: " + strings.Join(parts, "; ")
}

// Render expands $NAME, ${NAME} and ${NAME:-default} in tmpl with the
// values that lookup gives (os.LookupEnv in a program). "$$" stands for "$".
// When a name is not allowed or has no value, Render returns "" and an
// *Error listing every such name.
func Render(tmpl string, lookup func(string) (string, bool)) (string, error) {
	// BEGIN SOLUTION
	var notAllowed, undefined []string
	out := os.Expand(tmpl, func(name string) string {
		if name == "$" {
			return "$"
		}
		name, def, hasDefault := strings.Cut(name, ":-")
		if !strings.HasPrefix(name, Prefix) {
			notAllowed = append(notAllowed, name)
			return ""
		}
		value, ok := lookup(name)
		if hasDefault && value == "" {
			return def
		}
		if !ok {
			undefined = append(undefined, name)
		}
		return value
	})
	if len(notAllowed) > 0 || len(undefined) > 0 {
		return "", &Error{NotAllowed: notAllowed, Undefined: undefined}
	}
	return out, nil
	// END SOLUTION
}
