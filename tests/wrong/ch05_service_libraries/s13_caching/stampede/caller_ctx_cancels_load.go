// Wrong: the shared load runs with the first caller's context: when that caller gives up, every waiter gets its error.
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
	c.mu.RLock()
	v, ok := c.items[key]
	c.mu.RUnlock()
	if ok {
		return v, nil
	}
	ch := c.group.DoChan(key, func() (any, error) {
		v, err := c.load(ctx, key)
		if err != nil {
			return "", err
		}
		c.mu.Lock()
		c.items[key] = v
		c.mu.Unlock()
		return v, nil
	})
	select {
	case res := <-ch:
		if res.Err != nil {
			return "", res.Err
		}
		return res.Val.(string), nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}
