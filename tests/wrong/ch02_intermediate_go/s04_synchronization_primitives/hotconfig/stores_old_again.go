// Package hotconfig holds settings that change while a server runs: readers
// never block, writers update with a compare-and-swap loop.
package hotconfig

import "sync/atomic"

// Settings is one version of a server's settings. Once a *Settings has been
// stored it is shared by every reader and must never be modified again:
// to change something, make a modified copy.
type Settings struct {
	Version   int64           // 1 for the first settings stored, then 2, 3...
	RateLimit int             // requests per second per client
	Features  map[string]bool // feature flags
}

// Store holds the current Settings. The zero Store is ready to use and
// holds nil.
type Store struct {
	current atomic.Pointer[Settings]
	retries atomic.Int64
}

// Load returns the current settings (nil until the first Update). It never
// blocks.
func (s *Store) Load() *Settings {
	return s.current.Load()
}

// Update changes the settings: it calls f with the current settings (the
// old ones, possibly nil) and stores what f returns, with its Version set
// to one more than old's (1 when old is nil). It returns the settings now
// current.
//
// If f returns nil or old itself, nothing changes and Update returns old.
// If another Update stores new settings while f runs, f's result is
// discarded, Retries goes up by one, and f is called again with the newer
// settings. So f may run several times; it must not modify old, and Update
// holds no lock while it runs.
func (s *Store) Update(f func(old *Settings) *Settings) *Settings {
	for {
		old := s.current.Load()
		next := f(old)
		if next == nil {
			return old
		}
		next.Version = 1
		if old != nil {
			next.Version = old.Version + 1
		}
		if s.current.CompareAndSwap(old, next) {
			return next
		}
		s.retries.Add(1) // someone else stored first: start again from theirs
	}
}

// Retries returns how many times a result of f was discarded because
// another Update stored settings first.
func (s *Store) Retries() int64 {
	return s.retries.Load()
}
