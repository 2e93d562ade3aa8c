package bitset

import (
	"iter"
	"math/bits"
)

// Set is a set of small non-negative integers, one bit per possible member:
// i is a member when bit i%64 of words[i/64] is 1. The zero value is an
// empty set, ready to use.
type Set struct {
	words []uint64
}

// Add puts i into the set, growing it as needed. It panics if i < 0.
func (s *Set) Add(i int) {
	if i < 0 {
		panic("bitset: negative member")
	}
	w := i / 64
	if w >= len(s.words) {
		s.words = append(s.words, make([]uint64, w+1-len(s.words))...)
	}
	s.words[w] |= 1 << (i % 64)
}

// Remove takes i out of the set; removing a non-member does nothing.
func (s *Set) Remove(i int) {
	if i >= 0 && i/64 < len(s.words) {
		s.words[i/64] &^= 1 << (i % 64)
	}
}

// Has reports whether i is in the set (never for i < 0).
func (s *Set) Has(i int) bool {
	return i >= 0 && i/64 < len(s.words) && s.words[i/64]&(1<<(i%64)) != 0
}

// Count returns the number of members.
func (s *Set) Count() int {
	n := 0
	for _, w := range s.words {
		n += bits.OnesCount64(w)
	}
	return n
}

// Union adds every member of t to s. t is not modified.
func (s *Set) Union(t *Set) {
	for i := range min(len(s.words), len(t.words)) {
		s.words[i] |= t.words[i]
	}
}

// Next returns the smallest member that is >= i, and true; or 0 and false
// when there is none. A negative i starts at 0.
func (s *Set) Next(i int) (int, bool) {
	i = max(i, 0)
	w := i / 64
	if w >= len(s.words) {
		return 0, false
	}
	// In the first word, ignore the bits below i: shift them out.
	if rest := s.words[w] >> (i % 64); rest != 0 {
		return i + bits.TrailingZeros64(rest), true
	}
	for w++; w < len(s.words); w++ {
		if s.words[w] != 0 {
			return w*64 + bits.TrailingZeros64(s.words[w]), true
		}
	}
	return 0, false
}

// All returns an iterator over the members in increasing order (Go 1.23
// range-over-func): for n := range s.All() { ... }.
func (s *Set) All() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i, ok := s.Next(0); ok; i, ok = s.Next(i + 1) {
			if !yield(i) {
				return
			}
		}
	}
}
