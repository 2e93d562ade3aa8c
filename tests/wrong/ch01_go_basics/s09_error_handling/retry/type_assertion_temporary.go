package retry

import (
	"errors"
	"fmt"
)

// ErrPermanent marks failures that retrying cannot fix.
var ErrPermanent = errors.New("permanent failure")

// Permanent marks err as permanent: the result wraps ErrPermanent and err.
func Permanent(err error) error {
	return fmt.Errorf("%w: %w", ErrPermanent, err)
}

// Temporary is implemented by errors that know whether retrying may help.
type Temporary interface {
	Temporary() bool
}

// IsPermanent reports whether retrying cannot help: err wraps ErrPermanent,
// or the first error in its tree that implements Temporary says false.
func IsPermanent(err error) bool {
	if errors.Is(err, ErrPermanent) {
		return true
	}
	t, ok := err.(Temporary)
	return ok && !t.Temporary()
}

// Do calls op until it returns nil, at most attempts times (at least once),
// and stops early at a permanent error. When it gives up, it returns the
// errors of all the attempts, joined, each wrapped as "attempt N: ...".
func Do(attempts int, op func() error) error {
	var errs []error
	for n := 1; n <= max(attempts, 1); n++ {
		err := op()
		if err == nil {
			return nil
		}
		errs = append(errs, fmt.Errorf("attempt %d: %w", n, err))
		if IsPermanent(err) {
			break
		}
	}
	return errors.Join(errs...)
}
