package lru

import "container/list"

// Cache is a least-recently-used cache: it holds at most capacity entries,
// and adding one more evicts the entry used least recently. Get and Put
// both count as a use. Create one with New.
type Cache[K comparable, V any] struct {
	capacity int
	order    *list.List          // front: most recently used; each Value is an *entry[K, V]
	items    map[K]*list.Element // key -> its element in order
}

// entry is what the list holds: the key too, so that evicting the back
// element can delete the key from the map.
type entry[K comparable, V any] struct {
	key   K
	value V
}

// New returns an empty cache holding at most capacity entries. A cache
// with a capacity of 0 or less stores nothing.
func New[K comparable, V any](capacity int) *Cache[K, V] {
	return &Cache[K, V]{capacity: capacity, order: list.New(), items: make(map[K]*list.Element)}
}

// Get returns the value of key and marks it as the most recently used, or
// the zero value and false when key is not in the cache.
func (c *Cache[K, V]) Get(key K) (V, bool) {
	// BEGIN SOLUTION
	e, ok := c.items[key]
	if !ok {
		var zero V
		return zero, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*entry[K, V]).value, true
	// END SOLUTION
}

// Put sets the value of key and marks it as the most recently used. When
// that adds an entry to a full cache, the least recently used entry is
// evicted and its key returned with true; otherwise Put returns the zero
// key and false.
func (c *Cache[K, V]) Put(key K, value V) (evicted K, ok bool) {
	// BEGIN SOLUTION
	if e, found := c.items[key]; found {
		e.Value.(*entry[K, V]).value = value
		c.order.MoveToFront(e)
		return evicted, false
	}
	if c.capacity <= 0 {
		return evicted, false
	}
	if c.order.Len() >= c.capacity {
		oldest := c.order.Front()
		c.order.Remove(oldest)
		evicted, ok = oldest.Value.(*entry[K, V]).key, true
		delete(c.items, evicted)
	}
	c.items[key] = c.order.PushFront(&entry[K, V]{key, value})
	return evicted, ok
	// END SOLUTION
}

// Delete removes key from the cache and reports whether it was there.
func (c *Cache[K, V]) Delete(key K) bool {
	// BEGIN SOLUTION
	e, ok := c.items[key]
	if ok {
		c.order.Remove(e)
		delete(c.items, key)
	}
	return ok
	// END SOLUTION
}

// Len returns the number of entries in the cache.
func (c *Cache[K, V]) Len() int {
	// BEGIN SOLUTION
	return c.order.Len()
	// END SOLUTION
}

// Keys returns the keys in the cache, the most recently used first.
func (c *Cache[K, V]) Keys() []K {
	// BEGIN SOLUTION
	keys := make([]K, 0, c.order.Len())
	for e := c.order.Front(); e != nil; e = e.Next() {
		keys = append(keys, e.Value.(*entry[K, V]).key)
	}
	return keys
	// END SOLUTION
}
