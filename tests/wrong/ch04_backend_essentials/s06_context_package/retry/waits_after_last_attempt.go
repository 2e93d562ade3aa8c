package retry

import (
	"context"
	"fmt"
	"time"
)

// Do calls fn until it returns nil, at most attempts times (once when
// attempts < 1). It waits backoff before the second call, 2*backoff before
// the third, 4*backoff before the fourth, and so on, and never calls fn once
// ctx is done.
//
// Do returns nil as soon as a call succeeds. When every attempt fails, the
// error wraps the last error of fn. When ctx ends before Do is done, or the
// next wait would not end before ctx's deadline, Do returns at once with an
// error that wraps ctx's error (context.DeadlineExceeded for a deadline that
// is too close) and the last error of fn, if any.
func Do(ctx context.Context, attempts int, backoff time.Duration, fn func(ctx context.Context) error) error {
	attempts = max(attempts, 1)
	wait := backoff
	var last error
	for attempt := 1; ; attempt++ {
		if err := ctx.Err(); err != nil {
			return stopped(err, last)
		}
		last = fn(ctx)
		if last == nil {
			return nil
		}
		if deadline, ok := ctx.Deadline(); ok && !time.Now().Add(wait).Before(deadline) {
			return stopped(context.DeadlineExceeded, last)
		}
		timer := time.NewTimer(wait)
		select {
		case <-timer.C:
		case <-ctx.Done():
			timer.Stop()
			return stopped(ctx.Err(), last)
		}
		wait *= 2
		if attempt == attempts {
			return fmt.Errorf("%d attempts failed: %w", attempts, last)
		}
	}
}

// stopped is the error of a Do that ctx stopped: it wraps ctxErr and, if
// there was a call, the last error of fn.
func stopped(ctxErr, last error) error {
	if last == nil {
		return ctxErr
	}
	return fmt.Errorf("%w (last error: %w)", ctxErr, last)
}
