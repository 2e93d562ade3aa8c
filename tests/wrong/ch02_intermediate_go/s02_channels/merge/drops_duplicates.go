package merge

// Sorted merges a and b, two channels that each deliver ints in ascending
// order, into one channel that delivers all their values in ascending order.
// It returns at once: a goroutine it starts does the work, and closes the
// returned channel after a and b are both closed and every value is sent.
func Sorted(a, b <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		va, okA := <-a
		vb, okB := <-b
		for okA && okB {
			switch {
			case va < vb:
				out <- va
				va, okA = <-a
			case vb < va:
				out <- vb
				vb, okB = <-b
			default: // the same value on both: send it once, advance both
				out <- va
				va, okA = <-a
				vb, okB = <-b
			}
		}
		for ; okA; va, okA = <-a {
			out <- va
		}
		for ; okB; vb, okB = <-b {
			out <- vb
		}
	}()
	return out
}
