package rollback

import "fmt"

// Step does one part of a job. On success it returns a function that undoes
// that part, or nil when there is nothing to undo.
type Step func() (undo func(), err error)

// StepError reports which step failed, and why.
type StepError struct {
	Index int   // position of the failed step among the steps passed to Run
	Err   error // the error the step returned
}

func (e *StepError) Error() string { return fmt.Sprintf("step %d: %v", e.Index, e.Err) }

// Unwrap lets errors.Is and errors.As see the step's own error.
func (e *StepError) Unwrap() error { return e.Err }

// Run runs the steps in order and returns nil when they all succeed.
//
// When a step returns an error, Run runs no further step, calls the undo
// functions of the steps that succeeded, the most recent first, and returns a
// *StepError. When a step panics, Run calls the same undo functions in the
// same order, and the panic then goes on to Run's caller. A nil undo is
// skipped, and the undo a failed step returns with its error is not called.
func Run(steps ...Step) error {
	var undos []func()
	for i, step := range steps {
		undo, err := step()
		if err != nil {
			for _, u := range undos {
				u()
			}
			return &StepError{Index: i, Err: err}
		}
		if undo != nil {
			undos = append(undos, undo)
		}
	}
	return nil
}
