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
	// Wrong: only checks the upper limit, so a sum below math.MinInt64
	// wraps around unnoticed.
	if b > 0 && a > math.MaxInt64-b {
		return 0, false
	}
	return a + b, true
}

// Sub returns a - b and true, or 0 and false when the difference does not fit.
func Sub(a, b int64) (int64, bool) {
	if b < 0 && a > math.MaxInt64+b {
		return 0, false
	}
	return a - b, true
}

// Mul returns a * b and true, or 0 and false when the product does not fit.
func Mul(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	if (a == -1 && b == math.MinInt64) || (b == -1 && a == math.MinInt64) {
		return 0, false
	}
	p := a * b
	if p/b != a {
		return 0, false
	}
	return p, true
}
