// Package counters keeps named counters that many goroutines update and read.
package counters

import "sync"

// Counters is a set of named int64 counters, safe for concurrent use.
// The zero value is an empty set, ready to use. A Counters must not be
// copied after first use (it holds a mutex).
type Counters struct {
	mu sync.RWMutex
	m  map[string]int64 // guarded by mu; nil until the first Add
}

// Add adds delta to the counter called name, creating it at 0 first if it
// does not exist, and returns the counter's new value.
func (c *Counters) Add(name string, delta int64) int64 {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if c.m == nil {
		c.m = make(map[string]int64)
	}
	c.m[name] += delta
	return c.m[name]
}

// Get returns the value of the counter called name, or 0 if there is none.
// It does not create the counter.
func (c *Counters) Get(name string) int64 {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.m[name] // reading a nil map is fine: it gives 0
}

// Snapshot returns a copy of every counter, by name. The caller owns the
// map: changing it does not affect c, and later changes of c do not show in
// it. With no counters it returns an empty, non-nil map.
func (c *Counters) Snapshot() map[string]int64 {
	c.mu.RLock()
	defer c.mu.RUnlock()
	snapshot := make(map[string]int64, len(c.m))
	for name, v := range c.m {
		snapshot[name] = v
	}
	return snapshot
}
