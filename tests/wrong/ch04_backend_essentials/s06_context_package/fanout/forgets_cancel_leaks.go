package fanout

import (
	"context"
	"sync"
)

// Map calls fn once for every item, at most limit calls at a time (any
// number at a time when limit < 1), and returns the results in the order of
// items.
func Map[T, R any](ctx context.Context, items []T, limit int, fn func(ctx context.Context, item T) (R, error)) ([]R, error) {
	if limit < 1 || limit > len(items) {
		limit = len(items)
	}
	results := make([]R, len(items))
	tokens := make(chan struct{}, limit)
	errs := make(chan error, 1)
	var wg sync.WaitGroup
	for i, item := range items {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		select {
		case tokens <- struct{}{}:
		case err := <-errs:
			return nil, err // the calls still running are left behind
		}
		wg.Go(func() {
			defer func() { <-tokens }()
			r, err := fn(ctx, item)
			if err != nil {
				select {
				case errs <- err:
				default:
				}
				return
			}
			results[i] = r
		})
	}
	done := make(chan struct{})
	go func() {
		wg.Wait()
		close(done)
	}()
	select {
	case <-done:
	case err := <-errs:
		return nil, err // returns at the first error: nothing cancels or waits for the others
	}
	select {
	case err := <-errs:
		return nil, err
	default:
	}
	return results, nil
}
