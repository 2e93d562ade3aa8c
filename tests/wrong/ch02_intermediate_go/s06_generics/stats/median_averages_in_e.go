package stats

import "slices"

// Number is every type whose underlying type is an integer or
// floating-point type: the types on which + and / do arithmetic.
type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64
}

// Sum returns the sum of the values of s, computed in E: for integer types
// it wraps around on overflow, like E's +. The sum of no values is 0.
func Sum[E Number](s []E) E {
	var total E
	for _, v := range s {
		total += v
	}
	return total
}

// Mean returns the arithmetic mean of the values of s as a float64, without
// overflowing for small integer types, or 0 and false when s is empty.
func Mean[E Number](s []E) (float64, bool) {
	if len(s) == 0 {
		return 0, false
	}
	total := 0.0
	for _, v := range s {
		total += float64(v)
	}
	return total / float64(len(s)), true
}

// Median returns the middle value of s as a float64 (the mean of the two
// middle values when len(s) is even), or 0 and false when s is empty. It
// does not modify s.
func Median[S ~[]E, E Number](s S) (float64, bool) {
	if len(s) == 0 {
		return 0, false
	}
	sorted := slices.Clone(s)
	slices.Sort(sorted)
	mid := len(sorted) / 2
	if len(sorted)%2 == 1 {
		return float64(sorted[mid]), true
	}
	return float64((sorted[mid-1] + sorted[mid]) / 2), true
}
