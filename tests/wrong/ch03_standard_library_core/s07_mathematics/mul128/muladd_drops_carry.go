package mul128

import "math/bits"

// MulAdd returns a*b + c as a 128-bit number: hi is its upper 64 bits and lo
// its lower 64 bits. It never overflows: the largest result,
// (2⁶⁴-1)·(2⁶⁴-1) + 2⁶⁴-1, is 2¹²⁸-2⁶⁴.
func MulAdd(a, b, c uint64) (hi, lo uint64) {
	hi, lo = bits.Mul64(a, b)
	return hi, lo + c
}

// MulAddVec sets z to z*y + c, where z holds a big unsigned number as 64-bit
// words, least significant first (z[0] is the lowest word), and returns the
// word that does not fit in len(z) words: the carry out. With an empty z
// that is c itself.
func MulAddVec(z []uint64, y, c uint64) (carry uint64) {
	carry = c
	for i, w := range z {
		// w*y + carry fits in 128 bits: the high word carries into the next.
		carry, z[i] = MulAdd(w, y, carry)
	}
	return carry
}
