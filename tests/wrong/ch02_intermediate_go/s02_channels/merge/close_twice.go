package merge

// Sorted merges a and b, two channels that each deliver ints in ascending
// order, into one channel that delivers all their values in ascending order.
// It returns at once: a goroutine it starts does the work, and closes the
// returned channel after a and b are both closed and every value is sent.
func Sorted(a, b <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		va, okA := <-a
		vb, okB := <-b
		for {
			if !okA { // a is finished: copy the rest of b
				for ; okB; vb, okB = <-b {
					out <- vb
				}
				close(out)
			}
			if !okB { // b is finished: copy the rest of a
				for ; okA; va, okA = <-a {
					out <- va
				}
				close(out)
				return
			}
			if va <= vb {
				out <- va
				va, okA = <-a
			} else {
				out <- vb
				vb, okB = <-b
			}
		}
	}()
	return out
}
