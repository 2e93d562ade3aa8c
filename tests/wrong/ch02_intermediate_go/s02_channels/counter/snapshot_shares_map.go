package counter

// request asks the server to add delta to the count of key. The server
// answers on reply with the key's new count.
type request struct {
	key   string
	delta int
	reply chan int
}

// Counter counts events by key, such as requests by URL path. The counts
// live in one goroutine, the server (serve), which is the only code that
// reads or writes them: the methods send it requests and wait for the answer.
// A Counter is safe for use by many goroutines at once.
type Counter struct {
	adds      chan request
	snapshots chan chan map[string]int // each request is the channel to answer on
	quit      chan struct{}            // closed by Close: the server must stop
	stopped   chan struct{}            // closed by the server when it has stopped
}

// NewCounter starts a server goroutine and returns its Counter. Call Close
// when you are done with it, once.
func NewCounter() *Counter {
	c := &Counter{
		adds:      make(chan request),
		snapshots: make(chan chan map[string]int),
		quit:      make(chan struct{}),
		stopped:   make(chan struct{}),
	}
	go c.serve()
	return c
}

// serve owns the counts: it answers requests until quit is closed, then
// closes stopped and returns.
func (c *Counter) serve() {
	defer close(c.stopped)
	counts := map[string]int{}
	for {
		select {
		case r := <-c.adds:
			counts[r.key] += r.delta
			r.reply <- counts[r.key]
		case reply := <-c.snapshots:
			reply <- counts
		case <-c.quit:
			return
		}
	}
}

// Add adds delta to the count of key and returns the new count, with ok
// true. After Close it does nothing and returns 0, false.
func (c *Counter) Add(key string, delta int) (count int, ok bool) {
	reply := make(chan int, 1) // buffered: the server never waits for us
	select {
	case c.adds <- request{key, delta, reply}:
		return <-reply, true
	case <-c.quit:
		return 0, false
	}
}

// Snapshot returns a copy of all counts, with ok true: changing it does not
// change the Counter, and later calls to Add do not change it. After Close
// it returns nil, false.
func (c *Counter) Snapshot() (counts map[string]int, ok bool) {
	reply := make(chan map[string]int, 1)
	select {
	case c.snapshots <- reply:
		return <-reply, true
	case <-c.quit:
		return nil, false
	}
}

// Close stops the server and returns once it has stopped. Call it once.
func (c *Counter) Close() {
	close(c.quit)
	<-c.stopped
}
