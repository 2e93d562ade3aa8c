package debounce

import (
	"sync"
	"time"
)

// Debouncer runs f once d has passed without a new Trigger.
type Debouncer struct {
	d time.Duration
	f func()

	mu      sync.Mutex
	timer   *time.Timer // the pending call's timer; nil when no call is pending
	gen     uint64      // incremented by each Trigger: a timer of an older one must do nothing
	stopped bool        // set by Stop: Trigger does nothing any more
}

// New returns a debouncer that runs f once d has passed after the last
// Trigger.
func New(d time.Duration, f func()) *Debouncer {
	return &Debouncer{d: d, f: f}
}

// Trigger schedules a call of f at d from now, replacing any pending call.
// After Stop it does nothing.
func (db *Debouncer) Trigger() {
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.stopped {
		return
	}
	if db.timer != nil {
		db.timer.Reset(db.d) // one timer, reused
		return
	}
	db.timer = time.AfterFunc(db.d, func() {
		db.f() // the timer stays set: a later Trigger resets it
	})
}

// Flush runs a pending call at once, in the caller's goroutine, and reports
// whether there was one.
func (db *Debouncer) Flush() bool {
	db.mu.Lock()
	if db.timer == nil {
		db.mu.Unlock()
		return false
	}
	db.timer.Stop()
	db.timer = nil // a timer function that already started sees this and does nothing
	db.mu.Unlock()
	db.f()
	return true
}

// Stop cancels a pending call, reports whether there was one, and makes
// every later Trigger do nothing.
func (db *Debouncer) Stop() bool {
	db.mu.Lock()
	defer db.mu.Unlock()
	db.stopped = true
	if db.timer == nil {
		return false
	}
	db.timer.Stop()
	db.timer = nil
	return true
}
