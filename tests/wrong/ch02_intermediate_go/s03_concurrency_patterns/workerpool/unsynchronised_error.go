package workerpool

import (
	"context"
	"sync"
)

// Process is right except that the workers record the first error in a
// shared variable without a mutex: a data race when several calls fail at
// the same time.
func Process(ctx context.Context, workers int, jobs []string,
	f func(ctx context.Context, job string) (int, error)) ([]int, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	var firstErr error
	indexes := make(chan int)
	results := make([]int, len(jobs))
	var wg sync.WaitGroup
	for range max(workers, 1) {
		wg.Go(func() {
			for i := range indexes {
				if ctx.Err() != nil {
					continue
				}
				v, err := f(ctx, jobs[i])
				if err != nil {
					if firstErr == nil {
						firstErr = err
					}
					cancel()
					continue
				}
				results[i] = v
			}
		})
	}
feed:
	for i := range jobs {
		select {
		case indexes <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(indexes)
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return results, nil
}
