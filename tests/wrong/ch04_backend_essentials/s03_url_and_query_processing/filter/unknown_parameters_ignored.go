package filter

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
)

// Bounds and defaults of the parameters.
const (
	DefaultLimit = 20
	MaxLimit     = 100
	MaxOffset    = 10000
	DefaultSort  = "created"
)

// SortFields are the fields a list can be sorted by.
var SortFields = []string{"created", "name", "price"}

// What can be wrong with a query parameter.
var (
	ErrNotInteger   = errors.New("not an integer")
	ErrOutOfRange   = errors.New("out of range")
	ErrRepeated     = errors.New("given more than once")
	ErrUnknownField = errors.New("unknown sort field")
	ErrEmpty        = errors.New("empty value")
	ErrUnknownParam = errors.New("unknown parameter")
)

// ParamError reports one problem with one query parameter.
type ParamError struct {
	Param string // the parameter's name, such as "limit"
	Value string // the value at fault (for a repeated parameter, its second value)
	Err   error  // one of the Err values above
}

// Error says which parameter is wrong, with its value, and why.
func (e *ParamError) Error() string {
	return fmt.Sprintf("query parameter %s=%q: %v", e.Param, e.Value, e.Err)
}

// Unwrap lets errors.Is(err, ErrOutOfRange) see the reason.
func (e *ParamError) Unwrap() error { return e.Err }

// Filter says which part of a list to return, and in which order.
type Filter struct {
	Limit  int      // 1..MaxLimit, default DefaultLimit
	Offset int      // 0..MaxOffset, default 0
	Sort   string   // one of SortFields, default DefaultSort
	Desc   bool     // descending order: sort=-price
	Tags   []string // the tag values in order, duplicates removed
}

// Parse reads a Filter from the query parameters limit, offset, sort and tag.
// It reports every problem it finds as a *ParamError, joined with errors.Join,
// and then returns the zero Filter.
func Parse(q url.Values) (Filter, error) {
	f := Filter{Limit: DefaultLimit, Sort: DefaultSort}
	var errs []error
	fail := func(param, value string, err error) {
		errs = append(errs, &ParamError{Param: param, Value: value, Err: err})
	}
	// single returns the only value of a parameter that may appear once.
	single := func(param string) (string, bool) {
		switch values := q[param]; len(values) {
		case 0:
			return "", false
		case 1:
			return values[0], true
		default:
			fail(param, values[1], ErrRepeated)
			return "", false
		}
	}
	integer := func(param string, low, high int, dst *int) {
		value, ok := single(param)
		if !ok {
			return
		}
		n, err := strconv.Atoi(value)
		switch {
		case err != nil:
			fail(param, value, ErrNotInteger)
		case n < low || n > high:
			fail(param, value, ErrOutOfRange)
		default:
			*dst = n
		}
	}

	integer("limit", 1, MaxLimit, &f.Limit)
	integer("offset", 0, MaxOffset, &f.Offset)
	if value, ok := single("sort"); ok {
		field, desc := strings.CutPrefix(value, "-")
		if slices.Contains(SortFields, field) {
			f.Sort, f.Desc = field, desc
		} else {
			fail("sort", value, ErrUnknownField)
		}
	}
	for _, tag := range q["tag"] {
		if tag == "" {
			fail("tag", tag, ErrEmpty)
			break
		}
		if !slices.Contains(f.Tags, tag) {
			f.Tags = append(f.Tags, tag)
		}
	}
	if len(errs) > 0 {
		return Filter{}, errors.Join(errs...)
	}
	return f, nil
}
