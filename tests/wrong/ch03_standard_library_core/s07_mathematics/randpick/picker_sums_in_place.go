package randpick

import (
	"errors"
	"math/rand/v2"
	"slices"
)

// ErrBadWeights is returned by NewPicker for a negative weight, or when no
// weight is positive.
var ErrBadWeights = errors.New("randpick: weights must be >= 0 with a positive sum")

// Picker chooses indexes at random in proportion to their weights.
type Picker struct {
	// cum holds running totals: cum[i] is weights[0] + ... + weights[i],
	// so the last one is the sum of all weights.
	cum []int
}

// NewPicker returns a Picker for weights, or ErrBadWeights. The Picker does
// not keep weights: the caller may change the slice afterwards.
func NewPicker(weights []int) (*Picker, error) {
	// Running totals in place: no second slice needed.
	cum := weights
	for i, w := range cum {
		if w < 0 {
			return nil, ErrBadWeights
		}
		if i > 0 {
			cum[i] += cum[i-1]
		}
	}
	if len(cum) == 0 || cum[len(cum)-1] == 0 {
		return nil, ErrBadWeights
	}
	return &Picker{cum: cum}, nil
}

// Pick returns index i with probability weights[i] / sum(weights). It calls
// r.IntN(sum) exactly once, and returns the smallest i whose running total
// cum[i] is greater than the number drawn.
func (p *Picker) Pick(r *rand.Rand) int {
	x := r.IntN(p.cum[len(p.cum)-1])
	// The first running total above x, by binary search: the smallest i with
	// cum[i] >= x+1. A weight of 0 makes cum[i] == cum[i-1], so such an i is
	// never the first.
	i, _ := slices.BinarySearch(p.cum, x+1)
	return i
}

// Sample returns k elements of s chosen at random without replacement, in
// the order drawn, all k-element orderings being equally likely; k larger
// than len(s) means len(s), so Sample(r, s, len(s)) is a shuffled copy.
// s is not modified. For i from 0 to k-1 it draws j := i + r.IntN(n-i) and
// swaps elements i and j of a copy of s (the Fisher-Yates shuffle, stopped
// after k steps).
func Sample[T any](r *rand.Rand, s []T, k int) []T {
	n := len(s)
	k = max(0, min(k, n))
	c := make([]T, n)
	copy(c, s)
	for i := range k {
		j := i + r.IntN(n-i)
		c[i], c[j] = c[j], c[i]
	}
	return c[:k:k]
}
