// Wrong: NewHealth is provided without dig.Group: its Route is a plain value that nothing asks for, so /healthz is never registered.
package digroutes

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"sync"

	"go.uber.org/dig"
)

// Config is provided by whoever builds the container (Build does).
type Config struct{ Greeting string }

// ErrNoGreeting is NewHello's error for an empty Config.Greeting.
var ErrNoGreeting = errors.New("no greeting configured")

// Route is one endpoint of the API.
type Route struct {
	Pattern string // a ServeMux pattern such as "GET /hello"
	Handler http.HandlerFunc
}

// Counter counts hits per name. It is safe for concurrent use.
type Counter struct {
	mu   sync.Mutex
	hits map[string]int
}

func NewCounter() *Counter { return &Counter{hits: map[string]int{}} }

// Hit counts one hit for name and returns the new count.
func (c *Counter) Hit(name string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.hits[name]++
	return c.hits[name]
}

// Count returns the hits counted for name.
func (c *Counter) Count(name string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hits[name]
}

// Middleware wraps the whole mux (logging, authentication...).
type Middleware func(http.Handler) http.Handler

// HelloRoute is NewHello's result object: one route, sent to the
// "routes" group.
type HelloRoute struct {
	dig.Out

	Route Route `group:"routes"`
}

// CounterRoutes is NewCounterRoutes's result object: two routes, both
// sent to the "routes" group.
type CounterRoutes struct {
	dig.Out

	Hit  Route `group:"routes"`
	Read Route `group:"routes"`
}

// MuxParams is NewMux's parameter object: every route of the group, and
// a Middleware if the container has one.
type MuxParams struct {
	dig.In

	Routes     []Route    `group:"routes"`
	Middleware Middleware `optional:"true"`
}

// NewHello returns the route GET /hello, which answers cfg.Greeting, or
// ErrNoGreeting when the greeting is empty.
func NewHello(cfg Config) (HelloRoute, error) {
	if cfg.Greeting == "" {
		return HelloRoute{}, ErrNoGreeting
	}
	return HelloRoute{Route: Route{
		Pattern: "GET /hello",
		Handler: func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, cfg.Greeting) },
	}}, nil
}

// NewCounterRoutes returns POST /hits/{name}, which counts a hit on c and
// answers the new count, and GET /hits/{name}, which answers the count.
func NewCounterRoutes(c *Counter) CounterRoutes {
	return CounterRoutes{
		Hit: Route{"POST /hits/{name}", func(w http.ResponseWriter, r *http.Request) {
			io.WriteString(w, strconv.Itoa(c.Hit(r.PathValue("name"))))
		}},
		Read: Route{"GET /hits/{name}", func(w http.ResponseWriter, r *http.Request) {
			io.WriteString(w, strconv.Itoa(c.Count(r.PathValue("name"))))
		}},
	}
}

// NewHealth returns GET /healthz, which answers "ok". It returns a plain
// Route: Register sends it to the group.
func NewHealth() Route {
	return Route{"GET /healthz", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") }}
}

// NewMux registers every route of the group on a new ServeMux and wraps
// the mux in the middleware, when there is one.
func NewMux(p MuxParams) http.Handler {
	mux := http.NewServeMux()
	for _, route := range p.Routes {
		mux.Handle(route.Pattern, route.Handler)
	}
	if p.Middleware != nil {
		return p.Middleware(mux)
	}
	return mux
}

// Register provides NewCounter, NewHello, NewCounterRoutes, NewHealth (to
// the "routes" group) and NewMux to c. It does not provide Config.
func Register(c *dig.Container) error {
	provides := []struct {
		ctor any
		opts []dig.ProvideOption
	}{
		{NewCounter, nil},
		{NewHello, nil},
		{NewCounterRoutes, nil},
		{NewHealth, nil},
		{NewMux, nil},
	}
	for _, p := range provides {
		if err := c.Provide(p.ctor, p.opts...); err != nil {
			return fmt.Errorf("register: %w", err)
		}
	}
	return nil
}

// Build returns the API's handler for cfg: a new container, cfg provided,
// Register, and an Invoke that takes the http.Handler out.
func Build(cfg Config) (http.Handler, error) {
	c := dig.New()
	if err := c.Provide(func() Config { return cfg }); err != nil {
		return nil, err
	}
	if err := Register(c); err != nil {
		return nil, err
	}
	var handler http.Handler
	if err := c.Invoke(func(h http.Handler) { handler = h }); err != nil {
		return nil, fmt.Errorf("build: %w", err)
	}
	return handler, nil
}
