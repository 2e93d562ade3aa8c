package fanout

import (
	"context"
	"sync"
)

// Map calls fn once for every item, at most limit calls at a time (any
// number at a time when limit < 1), and returns the results in the order of
// items.
//
// When a call returns an error, Map cancels the context of the other calls
// with that error as the cause, starts no new call, and returns the first
// error. When ctx ends before every item has been started, Map starts no new
// call and returns ctx.Err(), unless a call failed first. Map returns only
// after every call it started has returned.
func Map[T, R any](ctx context.Context, items []T, limit int, fn func(ctx context.Context, item T) (R, error)) ([]R, error) {
	parent := ctx
	ctx, cancel := context.WithCancelCause(parent)
	defer cancel(nil)
	if limit < 1 || limit > len(items) {
		limit = len(items)
	}
	results := make([]R, len(items))
	tokens := make(chan struct{}, limit)
	var (
		wg       sync.WaitGroup
		once     sync.Once
		firstErr error
	)
	started := 0
	if ctx.Err() != nil { // checked once, before the first call
		return nil, parent.Err()
	}
	for i, item := range items {
		tokens <- struct{}{}
		started++
		wg.Go(func() {
			defer func() { <-tokens }()
			r, err := fn(ctx, item)
			if err != nil {
				once.Do(func() {
					firstErr = err
					cancel(err)
				})
				return
			}
			results[i] = r
		})
	}
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	if started < len(items) {
		return nil, parent.Err()
	}
	return results, nil
}
