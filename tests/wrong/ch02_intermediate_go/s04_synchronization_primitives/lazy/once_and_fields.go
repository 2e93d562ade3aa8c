// Package lazy fetches an expensive resource on first use and shares it.
package lazy

import "sync"

// Rates are exchange rates from a slow remote service. Once fetched, a
// *Rates is shared by every caller and never modified.
type Rates struct {
	Version int                // which fetch produced them: 1, 2, ...
	PerEUR  map[string]float64 // units of each currency for one euro
}

// fetchState is one fetch: a sync.Once and what it got.
type fetchState struct {
	once  sync.Once
	rates *Rates
	err   error
}

// Source fetches Rates when they are first needed and keeps them until
// Refresh. It is safe for concurrent use.
type Source struct {
	fetch func() (*Rates, error)

	mu    sync.Mutex  // guards state
	state *fetchState // the current fetch
}

// NewSource returns a Source that gets its Rates from fetch. It does not
// call fetch.
func NewSource(fetch func() (*Rates, error)) *Source {
	return &Source{fetch: fetch, state: &fetchState{}}
}

// Rates returns the current Rates. The first call fetches them; calls made
// during that fetch wait for it, and every call until the next Refresh
// returns what it returned, an error included. If fetch panics, Rates
// panics with the same value, and so does every call until the next
// Refresh, without calling fetch again.
func (s *Source) Rates() (*Rates, error) {
	s.mu.Lock()
	state := s.state
	s.mu.Unlock()
	state.once.Do(func() {
		state.rates, state.err = s.fetch()
	})
	return state.rates, state.err
}

// Refresh forgets the current Rates, so that the next call of Rates
// fetches again. It does not call fetch itself and never waits for a fetch
// in progress; calls of Rates already waiting for that fetch return its
// result.
func (s *Source) Refresh() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.state = &fetchState{}
}
