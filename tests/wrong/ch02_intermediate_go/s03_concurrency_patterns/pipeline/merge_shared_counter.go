package pipeline

import "context"

// Generate sends nums on the channel it returns, then closes it. It stops
// early, closing the channel, when ctx is done. It is written for you, as a
// model for the other stages.
func Generate(ctx context.Context, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

// Square sends n*n for every n received from in.
func Square(ctx context.Context, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for {
			select {
			case n, ok := <-in:
				if !ok {
					return
				}
				select {
				case out <- n * n:
				case <-ctx.Done():
					return
				}
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

// Merge counts the inputs still open in a plain int shared by the
// forwarders (a data race), and with no inputs it never closes its output.
func Merge(ctx context.Context, cs ...<-chan int) <-chan int {
	out := make(chan int)
	remaining := len(cs)
	for _, c := range cs {
		go func() {
			defer func() {
				remaining--
				if remaining == 0 {
					close(out)
				}
			}()
			for {
				select {
				case n, ok := <-c:
					if !ok {
						return
					}
					select {
					case out <- n:
					case <-ctx.Done():
						return
					}
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	return out
}
