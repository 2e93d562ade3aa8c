package loader

import (
	"errors"
	"fmt"
	"plugin"
	"reflect"
)

// ErrNotFound is wrapped by the errors of Lookup for a symbol that the
// plugin does not export.
var ErrNotFound = errors.New("symbol not found")

// TypeError reports a symbol that is not of the type asked for.
type TypeError struct {
	Symbol string // the name looked up
	Got    string // the symbol's type: "*int", "func(string) string"
	Want   string // the type asked for
}

func (e *TypeError) Error() string {
	msg := fmt.Sprintf("symbol %s has type %s, not %s", e.Symbol, e.Got, e.Want)
	if e.Got == "*"+e.Want {
		msg += " (it is a variable: look it up as " + e.Got + ")"
	}
	return msg
}

// Plugin is a plugin opened by Open.
type Plugin struct {
	Path string
	p    *plugin.Plugin
}

// Open loads the plugin at path.
func Open(path string) (*Plugin, error) {
	// BEGIN SOLUTION
	p, err := plugin.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open plugin %s: %w", path, err)
	}
	return &Plugin{Path: path, p: p}, nil
	// END SOLUTION
}

// Lookup returns the symbol name of p as a T.
func Lookup[T any](p *Plugin, name string) (T, error) {
	// BEGIN SOLUTION
	var zero T
	sym, err := p.p.Lookup(name)
	if err != nil {
		return zero, fmt.Errorf("plugin %s: %w: %s", p.Path, ErrNotFound, name)
	}
	v, ok := sym.(T)
	if !ok {
		return zero, &TypeError{Symbol: name, Got: reflect.TypeOf(sym).String(), Want: fmt.Sprintf("%T", zero)}
	}
	return v, nil
	// END SOLUTION
}

// Greeter is what Load finds in a greeter plugin.
type Greeter struct {
	Name  string              // the plugin's Name variable
	Greet func(string) string // the plugin's Greet function
	Calls *int                // the plugin's Calls variable, nil when it has none
}

// Load opens the greeter plugin at path and looks up its symbols.
func Load(path string) (*Greeter, error) {
	// BEGIN SOLUTION
	p, err := Open(path)
	if err != nil {
		return nil, err
	}
	name, err := Lookup[*string](p, "Name")
	if err != nil {
		return nil, err
	}
	greet, err := Lookup[func(string) string](p, "Greet")
	if err != nil {
		return nil, err
	}
	calls, err := Lookup[*int](p, "Calls")
	if err != nil && !errors.Is(err, ErrNotFound) {
		return nil, err
	}
	return &Greeter{Name: *name, Greet: greet, Calls: calls}, nil
	// END SOLUTION
}
