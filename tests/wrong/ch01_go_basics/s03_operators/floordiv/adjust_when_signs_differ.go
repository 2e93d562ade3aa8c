package floordiv

// FloorDiv returns a / b rounded down, toward negative infinity, like
// Python's a // b.
func FloorDiv(a, b int) int {
	q := a / b
	// Wrong: takes one off whenever the signs differ, even when b divides a
	// exactly (FloorDiv(-6, 3) gives -3, not -2).
	if (a < 0) != (b < 0) {
		q--
	}
	return q
}

// FloorMod returns the remainder that goes with FloorDiv, like Python's a % b.
func FloorMod(a, b int) int {
	return a - FloorDiv(a, b)*b
}
