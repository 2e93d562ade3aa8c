package sortspec

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Employee is one row of the staff list that an API endpoint returns.
type Employee struct {
	ID     int
	Name   string
	Dept   string
	Salary int
}

// ErrBadSpec is wrapped by every error that Sort returns.
var ErrBadSpec = errors.New("bad sort spec")

// badSpec returns an error wrapping ErrBadSpec that quotes the offending item.
func badSpec(item, why string) error {
	return fmt.Errorf("%w: %q: %s", ErrBadSpec, item, why)
}

// Sort sorts employees in place by spec, a comma-separated list of the
// fields id, name, dept and salary, each ascending or, with a leading '-',
// descending: "dept,-salary,name". Employees equal in every listed field
// keep their relative order. An empty spec leaves the order unchanged. A
// spec with an empty item, an unknown field or a field named twice is an
// error wrapping ErrBadSpec, and employees is left unchanged.
func Sort(employees []Employee, spec string) error {
	// BEGIN SOLUTION
	if spec == "" {
		return nil
	}
	items := strings.Split(spec, ",")
	seen := make(map[string]bool)
	for i := len(items) - 1; i >= 0; i-- {
		item := items[i]
		field, desc := strings.CutPrefix(strings.TrimSpace(item), "-")
		var key func(a, b Employee) int
		switch field {
		case "id":
			key = func(a, b Employee) int { return cmp.Compare(a.ID, b.ID) }
		case "name":
			key = func(a, b Employee) int { return cmp.Compare(a.Name, b.Name) }
		case "dept":
			key = func(a, b Employee) int { return cmp.Compare(a.Dept, b.Dept) }
		case "salary":
			key = func(a, b Employee) int { return cmp.Compare(a.Salary, b.Salary) }
		case "":
			return badSpec(item, "empty field")
		default:
			return badSpec(item, "unknown field")
		}
		if seen[field] {
			return badSpec(item, "field named twice")
		}
		seen[field] = true
		if desc {
			ascending := key
			key = func(a, b Employee) int { return ascending(b, a) }
		}
		slices.SortStableFunc(employees, key)
	}
	return nil
	// END SOLUTION
}
