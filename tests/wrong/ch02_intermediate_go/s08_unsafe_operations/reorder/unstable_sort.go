package reorder

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
	order := append([]Field(nil), fields...)
	// Selection sort: zero-size first, then descending alignment. Its swaps
	// do not keep fields that tie in their order.
	for i := range order {
		best := i
		for j := i + 1; j < len(order); j++ {
			if before(order[j], order[best]) {
				best = j
			}
		}
		order[i], order[best] = order[best], order[i]
	}
	return order
}

func before(a, b Field) bool {
	if (a.Size == 0) != (b.Size == 0) {
		return a.Size == 0
	}
	return a.Size != 0 && a.Align > b.Align
}
