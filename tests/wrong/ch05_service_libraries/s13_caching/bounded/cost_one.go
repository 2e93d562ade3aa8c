// Wrong: every entry costs 1: the cache is bounded by count, not bytes.
package bounded

import (
	"bytes"

	"github.com/dgraph-io/ristretto/v2"
)

// Cache holds byte values up to a total size, evicting what the ristretto
// policy values least when it is full.
type Cache struct {
	c        *ristretto.Cache[string, []byte]
	maxBytes int64
}

// New returns a Cache that holds at most maxBytes bytes of values.
func New(maxBytes int64) (*Cache, error) {
	c, err := ristretto.NewCache(&ristretto.Config[string, []byte]{
		NumCounters:        10_000,
		MaxCost:            maxBytes,
		BufferItems:        64,
		IgnoreInternalCost: true, // the cost is the value's length, nothing else
	})
	if err != nil {
		return nil, err
	}
	return &Cache{c: c, maxBytes: maxBytes}, nil
}

// Put stores a copy of val under key, at a cost of len(val) bytes. It
// reports whether the cache holds the value when Put returns.
func (c *Cache) Put(key string, val []byte) bool {
	// Ristretto updates an existing key in place, without admission or
	// eviction, even past MaxCost: delete it first, so that the new value
	// goes through the policy like any new entry.
	c.c.Del(key)
	if int64(len(val)) > c.maxBytes {
		c.c.Wait()
		return false
	}
	c.c.Set(key, bytes.Clone(val), 1)
	c.c.Wait()               // Set is applied by another goroutine: wait for it
	_, ok := c.c.GetTTL(key) // unlike Get, does not count as a use of key
	return ok
}

// Get returns a copy of the value stored under key.
func (c *Cache) Get(key string) ([]byte, bool) {
	v, ok := c.c.Get(key)
	return bytes.Clone(v), ok
}

// Delete removes key from the cache.
func (c *Cache) Delete(key string) {
	c.c.Del(key)
	c.c.Wait()
}

// Used returns the number of bytes of values the cache holds.
func (c *Cache) Used() int64 {
	return c.c.MaxCost() - c.c.RemainingCost()
}

// Close stops the cache's goroutines.
func (c *Cache) Close() {
	c.c.Close()
}
