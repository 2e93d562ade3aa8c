package ratelimit

import (
	"context"
	"sync"
	"time"
)

// Limiter is a token bucket: a buffered channel holds the tokens, and a
// goroutine started by NewLimiter adds one every period.
type Limiter struct {
	tokens   chan struct{} // the bucket: its capacity is the burst
	every    time.Duration // one new token per period
	stop     chan struct{} // closed by Stop to end the refill goroutine
	done     chan struct{} // closed by the refill goroutine when it returns
	stopOnce sync.Once
}

// NewLimiter returns a running limiter whose bucket holds at most burst
// tokens (burst < 1 counts as 1) and starts full. It adds one token every
// period, unless the bucket is full. every must be positive.
func NewLimiter(burst int, every time.Duration) *Limiter {
	l := &Limiter{
		tokens: make(chan struct{}, max(burst, 1)),
		every:  every,
		stop:   make(chan struct{}),
		done:   make(chan struct{}),
	}
	l.start()
	return l
}

// start fills the bucket and starts the refill goroutine.
func (l *Limiter) start() {
	for range cap(l.tokens) {
		l.tokens <- struct{}{}
	}
	go l.refill()
}

// refill adds a token every period until Stop is called, then closes done.
func (l *Limiter) refill() {
	defer close(l.done)
	ticker := time.NewTicker(l.every)
	defer ticker.Stop()
	for {
		select {
		case <-ticker.C:
			select {
			case l.tokens <- struct{}{}:
			default: // the bucket is full: this token is lost
			}
		case <-l.stop:
			return
		}
	}
}

// Allow takes a token if one is available and reports whether it did. It
// never waits.
func (l *Limiter) Allow() bool {
	select {
	case <-l.tokens:
		return true
	default:
		return false
	}
}

// Wait takes a token, waiting for one if the bucket is empty, and returns
// nil. If ctx is done first it takes no token and returns ctx.Err(); if ctx
// is already done when Wait is called, it returns ctx.Err() at once.
func (l *Limiter) Wait(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err // select would pick at random between a token and ctx.Done()
	}
	select {
	case <-l.tokens:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Stop ends the refill goroutine and returns once it has exited. Tokens
// left in the bucket can still be taken, but no new ones are added. Stop may
// be called more than once.
func (l *Limiter) Stop() {
	close(l.stop) // a second Stop closes a closed channel: panic
	<-l.done
}
