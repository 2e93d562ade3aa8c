package reorder

import "slices"

// Field is one field of a struct type: its name, and the size and alignment
// of its type in bytes, as unsafe.Sizeof and unsafe.Alignof report them.
type Field struct {
	Name  string
	Size  uintptr
	Align uintptr // a power of two, at least 1
}

// Optimize returns the fields in the order that makes the struct smallest:
// zero-size fields first, then the others from the largest alignment to the
// smallest. Fields that tie keep their order. fields itself is not modified.
func Optimize(fields []Field) []Field {
	// Sorts the caller's slice instead of a copy.
	slices.SortStableFunc(fields, func(a, b Field) int {
		switch {
		case a.Size == 0 && b.Size != 0:
			return -1
		case a.Size != 0 && b.Size == 0:
			return 1
		case a.Size == 0:
			return 0
		}
		return int(b.Align) - int(a.Align)
	})
	return fields
}
