package pool

import (
	"context"
	"errors"
	"net"
	"sync"
)

// ErrClosed is returned by Get once the pool is closed.
var ErrClosed = errors.New("pool: closed")

// Pool keeps connections to one server for reuse. It is safe for
// concurrent use.
type Pool struct {
	dial  func(ctx context.Context) (net.Conn, error)
	idle  chan net.Conn // idle connections; its capacity is maxIdle
	slots chan struct{} // one token per open connection, idle or in use; capacity maxOpen
	done  chan struct{} // closed by Close

	mu     sync.Mutex // guards closed; Put and Close hold it while they use idle
	closed bool
}

// New returns a pool that opens connections with dial, keeps at most maxIdle
// of them idle and has at most maxOpen open at once, idle or in use
// (1 <= maxOpen, 0 <= maxIdle <= maxOpen).
func New(dial func(ctx context.Context) (net.Conn, error), maxIdle, maxOpen int) *Pool {
	return &Pool{
		dial:  dial,
		idle:  make(chan net.Conn, maxIdle),
		slots: make(chan struct{}, maxOpen),
		done:  make(chan struct{}),
	}
}

// Get returns an idle connection if there is one, or dials a new one if
// fewer than maxOpen are open. Otherwise it waits until a connection is put
// back or a slot frees up, until ctx is done (it returns ctx.Err()) or until
// the pool is closed (ErrClosed). A dial error is returned as it is.
func (p *Pool) Get(ctx context.Context) (net.Conn, error) {
	// BEGIN SOLUTION
	select {
	case <-p.done:
		return nil, ErrClosed
	default:
	}
	select { // an idle connection, if there is one, before dialing
	case c := <-p.idle:
		return c, nil
	default:
	}
	select {
	case c := <-p.idle:
		return c, nil
	case p.slots <- struct{}{}:
		c, err := p.dial(ctx)
		if err != nil {
			<-p.slots // no connection: give the slot back
			return nil, err
		}
		return c, nil
	case <-p.done:
		return nil, ErrClosed
	}
	// END SOLUTION
}

// Put gives back a connection that Get returned. err is the error the caller
// got while using it (nil if none): a connection that failed is closed, never
// reused. A healthy connection waits in the pool for the next Get, unless
// maxIdle connections are idle already or the pool is closed: then it is
// closed.
func (p *Pool) Put(c net.Conn, err error) {
	// BEGIN SOLUTION
	if err == nil {
		p.mu.Lock()
		defer p.mu.Unlock()
		if !p.closed {
			select {
			case p.idle <- c: // it keeps its slot
				return
			default:
			}
		}
	}
	c.Close()
	<-p.slots
	// END SOLUTION
}

// Close closes the idle connections and makes every Get, waiting or to
// come, return ErrClosed. Connections in use are closed when they are put
// back. Closing a closed pool does nothing.
func (p *Pool) Close() error {
	// BEGIN SOLUTION
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return nil
	}
	p.closed = true
	close(p.done)
	var err error
	for {
		select {
		case c := <-p.idle:
			err = errors.Join(err, c.Close())
			<-p.slots
		default:
			return err
		}
	}
	// END SOLUTION
}
