package workerpool

import "context"

// Process returns as soon as a call fails, without waiting for the workers
// still running: they are left blocked on a results channel nobody reads.
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
	for range max(workers, 1) {
		go func() {
			for i := range indexes {
				v, err := f(ctx, jobs[i])
				results <- result{i, v, err}
			}
		}()
	}

	out := make([]int, len(jobs))
	for range jobs {
		r := <-results
		if r.err != nil {
			return nil, r.err
		}
		out[r.i] = r.v
	}
	return out, nil
}
