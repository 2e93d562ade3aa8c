// Wrong: countingStore.Set passes the call on without counting it.
package fxbind

import (
	"sync"

	"go.uber.org/fx"
)

// Store keeps key-value pairs.
type Store interface {
	Get(key string) (string, bool)
	Set(key, value string)
}

// MemStore is the Store of this application: a map behind a mutex.
type MemStore struct {
	mu   sync.Mutex
	data map[string]string
}

// NewMemStore returns the concrete type, as Go constructors should.
func NewMemStore() *MemStore { return &MemStore{data: map[string]string{}} }

func (m *MemStore) Get(key string) (string, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.data[key]
	return v, ok
}

func (m *MemStore) Set(key, value string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.data[key] = value
}

// Metrics counts calls per operation ("get", "set").
type Metrics struct {
	mu    sync.Mutex
	calls map[string]int
}

func NewMetrics() *Metrics { return &Metrics{calls: map[string]int{}} }

func (m *Metrics) Inc(op string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.calls[op]++
}

func (m *Metrics) Count(op string) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.calls[op]
}

// Service keeps user names in a Store.
type Service struct{ store Store }

func NewService(s Store) *Service { return &Service{store: s} }

func (s *Service) Rename(user, name string) { s.store.Set("name:"+user, name) }

func (s *Service) Name(user string) string {
	name, _ := s.store.Get("name:" + user)
	return name
}

// countingStore is a Store that counts each call in metrics ("get" or
// "set"), then passes it on to next.
type countingStore struct {
	next    Store
	metrics *Metrics
}

func (c *countingStore) Get(key string) (string, bool) {
	c.metrics.Inc("get")
	return c.next.Get(key)
}

func (c *countingStore) Set(key, value string) {
	c.next.Set(key, value)
}

// CountCalls is a decorator: it returns s wrapped in a countingStore.
func CountCalls(s Store, m *Metrics) Store {
	return &countingStore{next: s, metrics: m}
}

// Module returns a module named "store" that provides the Store (one
// *MemStore, provided as a Store only), *Metrics and *Service, and
// decorates the Store with CountCalls for the code inside the module.
func Module() fx.Option {
	return fx.Module("store",
		fx.Provide(
			fx.Annotate(NewMemStore, fx.As(new(Store))),
			NewMetrics,
			NewService,
		),
		fx.Decorate(CountCalls),
	)
}
