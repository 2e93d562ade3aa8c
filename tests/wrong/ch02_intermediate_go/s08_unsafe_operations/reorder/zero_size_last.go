package reorder

import (
	"cmp"
	"slices"
)

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
	order := slices.Clone(fields)
	// Largest alignment first; a struct{} (alignment 1) ends up last.
	slices.SortStableFunc(order, func(a, b Field) int { return cmp.Compare(b.Align, a.Align) })
	return order
}
