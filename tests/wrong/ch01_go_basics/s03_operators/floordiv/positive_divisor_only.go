package floordiv

// FloorDiv returns a / b rounded down, toward negative infinity, like
// Python's a // b.
func FloorDiv(a, b int) int {
	q := a / b
	// Wrong: the fix for a negative remainder is right only when b > 0.
	if a%b < 0 {
		q--
	}
	return q
}

// FloorMod returns the remainder that goes with FloorDiv, like Python's a % b.
func FloorMod(a, b int) int {
	r := a % b
	if r < 0 {
		r += b
	}
	return r
}
