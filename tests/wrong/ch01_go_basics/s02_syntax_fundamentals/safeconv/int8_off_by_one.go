package safeconv

import "math"

// ToUint8 converts v to uint8; ok is false, and the result 0, when v is
// outside 0..255. It is written for you, as a model for ToInt8.
func ToUint8(v int64) (uint8, bool) {
	if v < 0 || v > math.MaxUint8 {
		return 0, false
	}
	return uint8(v), true
}

// ToInt8 converts v to int8; ok is false, and the result 0, when v is
// outside -128..127.
func ToInt8(v int64) (int8, bool) {
	if v < -127 || v > 127 {
		return 0, false
	}
	return int8(v), true
}

// Round rounds f to the nearest integer, halfway cases away from zero
// (2.5 becomes 3, -2.5 becomes -3), and returns it as an int64. ok is false,
// and the result 0, when f is NaN or infinite or when the rounded value does
// not fit in an int64.
func Round(f float64) (int64, bool) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, false
	}
	r := math.Round(f)
	// int64 holds -2^63 .. 2^63-1. 2^63-1 has no float64: float64(math.MaxInt64)
	// rounds up to 2^63, which does not fit, hence >= and not >.
	if r < math.MinInt64 || r >= math.MaxInt64 {
		return 0, false
	}
	return int64(r), true
}
