package workerpool

import (
	"context"
	"sync"
)

// Process appends each result when its call finishes, so the results come
// back in the order the calls finished, not in the order of jobs.
func Process(ctx context.Context, workers int, jobs []string,
	f func(ctx context.Context, job string) (int, error)) ([]int, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	var (
		mu       sync.Mutex
		firstErr error
		results  = make([]int, 0, len(jobs))
	)
	indexes := make(chan int)
	var wg sync.WaitGroup
	for range max(workers, 1) {
		wg.Go(func() {
			for i := range indexes {
				if ctx.Err() != nil {
					continue
				}
				v, err := f(ctx, jobs[i])
				mu.Lock()
				if err != nil {
					if firstErr == nil {
						firstErr = err
					}
					cancel()
				} else {
					results = append(results, v)
				}
				mu.Unlock()
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
