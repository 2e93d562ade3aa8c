package registry

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// A Greeter is what a plugin provides.
type Greeter interface {
	Greet(name string) string
}

// A Factory makes a Greeter from its configuration.
type Factory func(config map[string]string) (Greeter, error)

var (
	ErrInvalidName = errors.New("invalid plugin name")
	ErrNilFactory  = errors.New("nil factory")
	ErrDuplicate   = errors.New("plugin already registered")
	ErrUnknown     = errors.New("unknown plugin")
)

// Registry maps plugin names to factories. The zero value is an empty
// registry, ready to use. It is safe for concurrent use.
type Registry struct {
	mu        sync.RWMutex
	factories map[string]Factory
}

// validName reports whether name is 1 to 32 characters long, starts with a
// lower-case ASCII letter, and has only lower-case ASCII letters, digits
// and '-'.
func validName(name string) bool {
	// BEGIN SOLUTION
	if len(name) == 0 || len(name) > 32 || name[0] < 'a' || name[0] > 'z' {
		return false
	}
	for _, c := range []byte(name) {
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
			return false
		}
	}
	return true
	// END SOLUTION
}

// Register adds the factory f under name.
func (r *Registry) Register(name string, f Factory) error {
	// BEGIN SOLUTION
	if !validName(name) {
		return fmt.Errorf("register %q: %w", name, ErrInvalidName)
	}
	if f == nil {
		return fmt.Errorf("register %q: %w", name, ErrNilFactory)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, taken := r.factories[name]; taken {
		return fmt.Errorf("register %q: %w", name, ErrDuplicate)
	}
	if r.factories == nil {
		r.factories = map[string]Factory{}
	}
	r.factories[name] = f
	return nil
	// END SOLUTION
}

// MustRegister is Register for init functions: it panics with Register's
// error.
func (r *Registry) MustRegister(name string, f Factory) {
	// BEGIN SOLUTION
	if err := r.Register(name, f); err != nil {
		panic(err)
	}
	// END SOLUTION
}

// Names returns the registered names, sorted.
func (r *Registry) Names() []string {
	// BEGIN SOLUTION
	r.mu.RLock()
	defer r.mu.RUnlock()
	names := make([]string, 0, len(r.factories))
	for name := range r.factories {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
	// END SOLUTION
}

// New makes a Greeter with the factory registered under name.
func (r *Registry) New(name string, config map[string]string) (Greeter, error) {
	// BEGIN SOLUTION
	r.mu.RLock()
	defer r.mu.RUnlock()
	f, ok := r.factories[name]
	if !ok {
		names := make([]string, 0, len(r.factories))
		for n := range r.factories {
			names = append(names, n)
		}
		slices.Sort(names)
		known := "none registered"
		if len(names) > 0 {
			known = "registered: " + strings.Join(names, ", ")
		}
		return nil, fmt.Errorf("%w %q (%s)", ErrUnknown, name, known)
	}
	// Call the factory without holding the lock: it may use the registry.
	g, err := f(config)
	if err != nil {
		return nil, fmt.Errorf("plugin %q: %w", name, err)
	}
	if g == nil {
		return nil, fmt.Errorf("plugin %q: the factory returned no Greeter", name)
	}
	return g, nil
	// END SOLUTION
}
