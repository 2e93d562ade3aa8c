package retry

import "time"

// Outcome is what one attempt reports.
type Outcome int

// The outcomes of an attempt.
const (
	Success   Outcome = iota // it worked: stop
	Temporary                // it failed, and another attempt may work
	Permanent                // it failed, and retrying will not help: stop
)

// Policy says how many attempts to make and how long to wait between them.
type Policy struct {
	MaxAttempts int           // attempts in all, the first included; less than 1 counts as 1
	BaseDelay   time.Duration // the wait before the second attempt; 0 or less: never wait
	MaxDelay    time.Duration // the longest wait; 0 or less: no limit
}

// Do calls attempt(1), attempt(2), ... until an attempt succeeds or fails
// permanently, or p.MaxAttempts attempts have been made. Between two attempts
// it calls wait with a delay that starts at p.BaseDelay and doubles each time,
// up to p.MaxDelay. It returns the number of attempts made and whether the
// last one succeeded.
func Do(p Policy, attempt func(n int) Outcome, wait func(time.Duration)) (attempts int, ok bool) {
	attempts = max(p.MaxAttempts, 1)
	delay := p.BaseDelay
	for n := 1; n <= attempts; n++ {
		switch attempt(n) {
		case Success:
			return n, true
		case Temporary:
		default:
			return n, false
		}
		if p.BaseDelay > 0 {
			if p.MaxDelay > 0 && delay > p.MaxDelay {
				delay = p.MaxDelay
			}
			wait(delay) // also after the last attempt
			if delay > (1<<63-1)/2 {
				delay = 1<<63 - 1
			} else {
				delay *= 2
			}
		}
	}
	return attempts, false
}
