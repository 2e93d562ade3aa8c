package safely

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
)

// Frame is one function call in a stack trace.
type Frame struct {
	Function string // package path-qualified: "example.com/shop/store.(*DB).Get"
	File     string
	Line     int
}

// PanicError is the error Run returns for a panic.
type PanicError struct {
	Value any     // what was passed to panic
	Stack []Frame // innermost first: from the function that panicked to the one given to Run
}

func (e *PanicError) Error() string { return fmt.Sprintf("panic: %v", e.Value) }

// funcName returns the name that the function fn has in stack traces:
// funcName(Run) is "example.com/shop/safely.Run" when this package is
// example.com/shop/safely.
func funcName(fn any) string {
	return runtime.FuncForPC(reflect.ValueOf(fn).Pointer()).Name()
}

// Unwrap returns the panic value when it is an error, so that errors.Is and
// errors.As see it; otherwise nil.
func (e *PanicError) Unwrap() error {
	// BEGIN SOLUTION
	err, _ := e.Value.(error)
	return err
	// END SOLUTION
}

// Run calls fn. When fn panics, Run recovers and returns a *PanicError with
// the panic value and the stack of the panic; otherwise it returns nil.
func Run(fn func()) (err error) {
	// BEGIN SOLUTION
	defer func() {
		value := recover()
		if value == nil {
			return
		}
		// Skip runtime.Callers and this function; grow the buffer until
		// the whole stack fits.
		pcs := make([]uintptr, 32)
		n := runtime.Callers(2, pcs)
		for n == len(pcs) {
			pcs = make([]uintptr, 2*len(pcs))
			n = runtime.Callers(2, pcs)
		}
		frames := runtime.CallersFrames(pcs[:n])
		// The innermost frames are the panic machinery of package runtime.
		f, more := frames.Next()
		for more && strings.HasPrefix(f.Function, "runtime.") {
			f, more = frames.Next()
		}
		run := funcName(Run)
		var stack []Frame
		_ = run
		for {
			stack = append(stack, Frame{f.Function, f.File, f.Line})
			if !more {
				break
			}
			f, more = frames.Next()
		}
		err = &PanicError{Value: value, Stack: stack}
	}()
	fn()
	return nil
	// END SOLUTION
}

// Origin returns the innermost frame of e's stack whose function belongs to
// the package with import path pkg (the function name is pkg, a dot, then
// the rest); ok is false when there is none.
func (e *PanicError) Origin(pkg string) (f Frame, ok bool) {
	// BEGIN SOLUTION
	for _, f := range e.Stack {
		if strings.HasPrefix(f.Function, pkg+".") {
			return f, true
		}
	}
	return Frame{}, false
	// END SOLUTION
}
