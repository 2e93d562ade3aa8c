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

// Merge lets every forwarder close the output when its input is done: the
// second close panics, and the others may send on a closed channel.
func Merge(ctx context.Context, cs ...<-chan int) <-chan int {
	out := make(chan int)
	for _, c := range cs {
		go func() {
			defer close(out)
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
