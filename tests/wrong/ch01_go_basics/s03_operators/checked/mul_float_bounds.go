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
	if b > 0 && a > math.MaxInt64-b || b < 0 && a < math.MinInt64-b {
		return 0, false
	}
	return a + b, true
}

// Sub returns a - b and true, or 0 and false when the difference does not fit.
func Sub(a, b int64) (int64, bool) {
	if b < 0 && a > math.MaxInt64+b || b > 0 && a < math.MinInt64+b {
		return 0, false
	}
	return a - b, true
}

// Mul returns a * b and true, or 0 and false when the product does not fit.
func Mul(a, b int64) (int64, bool) {
	// Wrong: float64(math.MaxInt64) is 2^63, and products close to the limits
	// are rounded, so 2^62 * 2 = 2^63 slips through.
	f := float64(a) * float64(b)
	if f > math.MaxInt64 || f < math.MinInt64 {
		return 0, false
	}
	return a * b, true
}
