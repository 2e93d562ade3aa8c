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
	if db.stopped {
		return
	}
	if db.timer != nil {
		db.timer.Stop() // false if its function already started: gen makes it do nothing
	}
	db.gen++
	gen := db.gen
	db.timer = time.AfterFunc(db.d, func() {
		if gen != db.gen || db.timer == nil { // replaced by a later Trigger, a Flush or Stop
			return
		}
		db.timer = nil
		db.f() // outside the lock: f may call Trigger
	})
}

// Flush runs a pending call at once, in the caller's goroutine, and reports
// whether there was one.
func (db *Debouncer) Flush() bool {
	if db.timer == nil {
		return false
	}
	db.timer.Stop()
	db.timer = nil // a timer function that already started sees this and does nothing
	db.f()
	return true
}

// Stop cancels a pending call, reports whether there was one, and makes
// every later Trigger do nothing.
func (db *Debouncer) Stop() bool {
	db.stopped = true
	if db.timer == nil {
		return false
	}
	db.timer.Stop()
	db.timer = nil
	return true
}
