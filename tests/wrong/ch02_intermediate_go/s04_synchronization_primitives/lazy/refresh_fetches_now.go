// Package lazy fetches an expensive resource on first use and shares it.
package lazy

import "sync"

// Rates are exchange rates from a slow remote service. Once fetched, a
// *Rates is shared by every caller and never modified.
type Rates struct {
	Version int                // which fetch produced them: 1, 2, ...
	PerEUR  map[string]float64 // units of each currency for one euro
}

// Source fetches Rates when they are first needed and keeps them until
// Refresh. It is safe for concurrent use.
type Source struct {
	fetch func() (*Rates, error)

	mu  sync.Mutex             // guards get
	get func() (*Rates, error) // the current fetch: made by sync.OnceValues
}

// NewSource returns a Source that gets its Rates from fetch. It does not
// call fetch.
func NewSource(fetch func() (*Rates, error)) *Source {
	return &Source{fetch: fetch, get: sync.OnceValues(fetch)}
}

// Rates returns the current Rates. The first call fetches them; calls made
// during that fetch wait for it, and every call until the next Refresh
// returns what it returned, an error included. If fetch panics, Rates
// panics with the same value, and so does every call until the next
// Refresh, without calling fetch again.
func (s *Source) Rates() (*Rates, error) {
	s.mu.Lock()
	get := s.get
	s.mu.Unlock()
	return get() // not under s.mu: a slow fetch must not hold up Refresh
}

// Refresh forgets the current Rates, so that the next call of Rates
// fetches again. It does not call fetch itself and never waits for a fetch
// in progress; calls of Rates already waiting for that fetch return its
// result.
func (s *Source) Refresh() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.get = sync.OnceValues(s.fetch)
	s.get() // fetch now, so that the next caller does not wait
}
