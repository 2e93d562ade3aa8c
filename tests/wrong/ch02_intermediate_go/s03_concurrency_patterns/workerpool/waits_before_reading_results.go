package workerpool

import (
	"context"
	"sync"
)

// Process waits for the workers before it reads their results, but the
// results channel is unbuffered: every worker blocks on its first send and
// wg.Wait never returns (a deadlock).
func Process(ctx context.Context, workers int, jobs []string,
	f func(ctx context.Context, job string) (int, error)) ([]int, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type result struct {
		i, v int
		err  error
	}
	indexes := make(chan int)
	results := make(chan result)
	var wg sync.WaitGroup
	for range max(workers, 1) {
		wg.Go(func() {
			for i := range indexes {
				if ctx.Err() != nil {
					continue
				}
				v, err := f(ctx, jobs[i])
				if err != nil {
					cancel()
				}
				results <- result{i, v, err}
			}
		})
	}
	go func() {
		defer close(indexes)
		for i := range jobs {
			select {
			case indexes <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	wg.Wait()
	close(results)

	out := make([]int, len(jobs))
	for r := range results {
		if r.err != nil {
			return nil, r.err
		}
		out[r.i] = r.v
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return out, nil
}
