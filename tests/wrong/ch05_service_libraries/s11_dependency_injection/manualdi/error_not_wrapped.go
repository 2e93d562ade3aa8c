// Wrong: errors are reported with %v: the message is right but errors.Is cannot find the cause.
package manualdi

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
)

// Config is what Build needs to know.
type Config struct {
	DSN       string // where the database is; required
	CacheSize int    // how many notes the cache keeps; must be positive
	Greeting  string // the body of GET /
}

// Events records what the components do, in order: the tests read it.
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

var (
	ErrNoDSN     = errors.New("no DSN")
	ErrCacheSize = errors.New("cache size must be positive")
)

// Store is where notes are kept.
type Store interface {
	Get(id string) (string, bool)
	Put(id, text string)
}

// DB is the database (a map, for the exercise). It records "open db",
// "db get ID" for each read, and "close db".
type DB struct {
	events *Events
	mu     sync.Mutex
	rows   map[string]string
	closed bool
}

// OpenDB connects to the database at dsn.
func OpenDB(dsn string, events *Events) (*DB, error) {
	if dsn == "" {
		return nil, ErrNoDSN
	}
	events.Add("open db")
	return &DB{events: events, rows: map[string]string{}}, nil
}

func (db *DB) Get(id string) (string, bool) {
	db.events.Add("db get " + id)
	db.mu.Lock()
	defer db.mu.Unlock()
	text, ok := db.rows[id]
	return text, ok
}

func (db *DB) Put(id, text string) {
	db.mu.Lock()
	defer db.mu.Unlock()
	db.rows[id] = text
}

// Ping reports whether the database can be used.
func (db *DB) Ping() error {
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.closed {
		return errors.New("database is closed")
	}
	return nil
}

func (db *DB) Close() error {
	db.mu.Lock()
	db.closed = true
	db.mu.Unlock()
	db.events.Add("close db")
	return nil
}

// Cache is a Store in front of another Store: reads it cannot answer go
// to the next Store, and writes go to both. It records "open cache" and
// "close cache".
type Cache struct {
	next   Store
	size   int
	events *Events
	mu     sync.Mutex
	items  map[string]string
	order  []string // oldest first, for eviction
}

// NewCache returns a cache of size notes in front of next.
func NewCache(next Store, size int, events *Events) (*Cache, error) {
	if size <= 0 {
		return nil, fmt.Errorf("%w, got %d", ErrCacheSize, size)
	}
	events.Add("open cache")
	return &Cache{next: next, size: size, events: events, items: map[string]string{}}, nil
}

func (c *Cache) Get(id string) (string, bool) {
	c.mu.Lock()
	text, ok := c.items[id]
	c.mu.Unlock()
	if ok {
		return text, true
	}
	text, ok = c.next.Get(id)
	if ok {
		c.keep(id, text)
	}
	return text, ok
}

func (c *Cache) Put(id, text string) {
	c.next.Put(id, text)
	c.keep(id, text)
}

func (c *Cache) keep(id, text string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.items[id]; !ok {
		if len(c.order) == c.size {
			delete(c.items, c.order[0])
			c.order = c.order[1:]
		}
		c.order = append(c.order, id)
	}
	c.items[id] = text
}

func (c *Cache) Close() error {
	c.events.Add("close cache")
	return nil
}

// Notes is the service: it keeps notes in a Store.
type Notes struct{ store Store }

func NewNotes(store Store) *Notes { return &Notes{store: store} }

func (n *Notes) Get(id string) (string, bool) { return n.store.Get(id) }

func (n *Notes) Put(id, text string) { n.store.Put(id, text) }

// Pinger is what the health check needs.
type Pinger interface{ Ping() error }

// NewHandler serves GET / (the greeting), GET /healthz (200 "ok" when
// health.Ping succeeds, else 503), and GET and PUT /notes/{id}.
func NewHandler(notes *Notes, health Pinger, greeting string) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, greeting)
	})
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		if err := health.Ping(); err != nil {
			http.Error(w, err.Error(), http.StatusServiceUnavailable)
			return
		}
		io.WriteString(w, "ok")
	})
	mux.HandleFunc("GET /notes/{id}", func(w http.ResponseWriter, r *http.Request) {
		text, ok := notes.Get(r.PathValue("id"))
		if !ok {
			http.NotFound(w, r)
			return
		}
		io.WriteString(w, text)
	})
	mux.HandleFunc("PUT /notes/{id}", func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		notes.Put(r.PathValue("id"), string(body))
		w.WriteHeader(http.StatusNoContent)
	})
	return mux
}

// Build wires the application for cfg: one DB, a Cache of cfg.CacheSize
// notes in front of it, the Notes service on the cache, and the handler,
// whose health check pings the DB. The cleanup function closes the cache,
// then the DB, and does nothing when called again. On error, Build closes
// whatever it opened and returns nil, nil and the error (errors.Is finds
// the cause).
func Build(cfg Config, events *Events) (http.Handler, func(), error) {
	db, err := OpenDB(cfg.DSN, events)
	if err != nil {
		return nil, nil, fmt.Errorf("open db: %v", err)
	}
	cache, err := NewCache(db, cfg.CacheSize, events)
	if err != nil {
		db.Close() // opened above: close it before giving up
		return nil, nil, fmt.Errorf("new cache: %v", err)
	}
	handler := NewHandler(NewNotes(cache), db, cfg.Greeting)
	var once sync.Once
	cleanup := func() {
		once.Do(func() {
			cache.Close() // in the reverse order of opening
			db.Close()
		})
	}
	return handler, cleanup, nil
}
