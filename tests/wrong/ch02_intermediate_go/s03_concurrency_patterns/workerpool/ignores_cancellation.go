package workerpool

import (
	"context"
	"sync"
)

// Process hands every job to the workers whatever happens: after a failure
// or a cancelled ctx the remaining jobs still start (and fail at once).
func Process(ctx context.Context, workers int, jobs []string,
	f func(ctx context.Context, job string) (int, error)) ([]int, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	var (
		mu       sync.Mutex
		firstErr error
	)
	indexes := make(chan int)
	results := make([]int, len(jobs))
	var wg sync.WaitGroup
	for range max(workers, 1) {
		wg.Go(func() {
			for i := range indexes {
				v, err := f(ctx, jobs[i])
				if err != nil {
					mu.Lock()
					if firstErr == nil {
						firstErr = err
					}
					mu.Unlock()
					cancel()
					continue
				}
				results[i] = v
			}
		})
	}
	for i := range jobs {
		indexes <- i
	}
	close(indexes)
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	return results, nil
}
