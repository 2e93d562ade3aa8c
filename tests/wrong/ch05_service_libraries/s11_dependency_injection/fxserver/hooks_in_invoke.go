// Wrong: the DB's hooks are appended by an Invoke that runs after the server's constructor: the DB opens after the server starts and closes before it stops.
package fxserver

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"sync"

	"go.uber.org/fx"
)

// Config says where the server listens, such as "127.0.0.1:0" (any free port).
type Config struct{ Addr string }

// Events records the lifecycle, in order: the tests read it.
type Events struct {
	mu   sync.Mutex
	list []string
}

// Add records one event.
func (e *Events) Add(event string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.list = append(e.list, event)
}

// List returns the events recorded so far.
func (e *Events) List() []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]string(nil), e.list...)
}

// DB stands for a database connection pool. Open records "db open" and
// Close records "db close".
type DB struct {
	events *Events
	mu     sync.Mutex
	open   bool
}

func (db *DB) Open() {
	db.mu.Lock()
	db.open = true
	db.mu.Unlock()
	db.events.Add("db open")
}

func (db *DB) Close() {
	db.mu.Lock()
	db.open = false
	db.mu.Unlock()
	db.events.Add("db close")
}

// Ping fails unless the DB is open.
func (db *DB) Ping() error {
	db.mu.Lock()
	defer db.mu.Unlock()
	if !db.open {
		return errors.New("db is not open")
	}
	return nil
}

// Server is the HTTP server of the application.
type Server struct {
	srv    *http.Server
	events *Events

	mu   sync.Mutex
	addr string // where it listens, once started
}

// Addr returns the address the server listens on ("" before it starts).
func (s *Server) Addr() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.addr
}

// newHTTPServer returns the http.Server of the application: GET /ping
// answers "pong" when the DB answers its ping, 503 otherwise.
func newHTTPServer(db *DB) *http.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /ping", func(w http.ResponseWriter, r *http.Request) {
		if err := db.Ping(); err != nil {
			http.Error(w, err.Error(), http.StatusServiceUnavailable)
			return
		}
		io.WriteString(w, "pong")
	})
	return &http.Server{Handler: mux}
}

// NewDB returns a DB that opens when the application starts and closes
// when it stops.
func NewDB(lc fx.Lifecycle, events *Events) *DB {
	return &DB{events: events}
}

// NewServer returns the Server (its http.Server comes from newHTTPServer)
// and appends its hooks. OnStart listens on cfg.Addr (an error fails the
// start), records the address, serves in the background and records
// "server start". OnStop shuts the server down within ctx and records
// "server stop".
func NewServer(lc fx.Lifecycle, cfg Config, db *DB, events *Events) *Server {
	s := &Server{srv: newHTTPServer(db), events: events}
	lc.Append(fx.Hook{
		OnStart: func(ctx context.Context) error {
			// Listen here, not in the goroutine: a port in use must fail Start.
			ln, err := net.Listen("tcp", cfg.Addr)
			if err != nil {
				return err
			}
			s.mu.Lock()
			s.addr = ln.Addr().String()
			s.mu.Unlock()
			go s.srv.Serve(ln) // returns http.ErrServerClosed after Shutdown
			events.Add("server start")
			return nil
		},
		OnStop: func(ctx context.Context) error {
			err := s.srv.Shutdown(ctx)
			events.Add("server stop")
			return err
		},
	})
	return s
}

// Module is the application: a module named "app" that provides NewDB
// and NewServer and invokes a function that needs the *Server, so that it
// is built (and its hooks registered) even when nothing else asks for it.
func Module() fx.Option {
	return fx.Module("app",
		fx.Provide(NewDB, NewServer),
		fx.Invoke(func(*Server) {}),
		fx.Invoke(func(lc fx.Lifecycle, db *DB) {
			lc.Append(fx.StartStopHook(db.Open, db.Close))
		}),
	)
}
