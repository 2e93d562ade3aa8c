package batch

// TrySend sends v on ch if it can do so at once, because a receiver is
// waiting or the buffer has room, and reports whether it did. It never
// blocks, even on a nil channel.
func TrySend[T any](ch chan<- T, v T) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

// Batch groups the values that arrive on in into batches of at most size
// values (size is at least 1). It returns at once; a goroutine it starts
// repeats these steps: wait for a value from in; take, without waiting, the
// values that are already available, until the batch holds size values or
// none is available; send the batch, a new slice, on the returned channel.
// When in is closed, the goroutine sends what it holds, if anything, closes
// the returned channel and ends.
func Batch[T any](in <-chan T, size int) <-chan []T {
	out := make(chan []T)
	go func() {
		defer close(out)
		batch := make([]T, 0, size) // one buffer, reused: no garbage
		for first := range in {
			batch = append(batch[:0], first)
		fill:
			for len(batch) < size {
				select {
				case v, ok := <-in:
					if !ok {
						break fill // in is closed: the range above ends too
					}
					batch = append(batch, v)
				default:
					break fill // nothing more is ready: do not wait for it
				}
			}
			out <- batch
		}
	}()
	return out
}
