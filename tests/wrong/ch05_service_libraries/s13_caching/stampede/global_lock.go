// Wrong: one mutex held during the load: one key's slow load blocks every other key, and callers cannot give up.
package stampede

import (
	"context"
	"sync"

	"golang.org/x/sync/singleflight"
)

// Loader fetches the value of key from a slow source. It stops early, with
// an error, when ctx is done.
type Loader func(ctx context.Context, key string) (string, error)

// Cache is an in-memory read-through cache that loads each missing key
// once, however many goroutines ask for it at the same time.
type Cache struct {
	load  Loader
	group singleflight.Group
	mu    sync.RWMutex
	items map[string]string
}

// New returns an empty Cache that fills itself with load.
func New(load Loader) *Cache {
	return &Cache{load: load, items: map[string]string{}}
}

// Get returns the value of key, from the cache or from one shared load.
func (c *Cache) Get(ctx context.Context, key string) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.items[key]; ok {
		return v, nil
	}
	v, err := c.load(ctx, key)
	if err != nil {
		return "", err
	}
	c.items[key] = v
	return v, nil
}
