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

// toError stores a recovered panic in *err.
func toError(err *error) {
	if r := recover(); r != nil {
		*err = &PanicError{Value: r}
	}
}

// Try calls f and returns the error f returns. If f panics, Try recovers and
// returns a *PanicError holding the panic value instead.
func Try(f func() error) (err error) {
	defer func() {
		toError(&err) // recover inside toError is not called by the deferred function itself
	}()
	return f()
}
