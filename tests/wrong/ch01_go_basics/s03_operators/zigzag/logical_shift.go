package zigzag

// Encode maps a signed integer to an unsigned one so that numbers close to
// zero get small codes, whatever their sign: 0, -1, 1, -2, 2, ... become
// 0, 1, 2, 3, 4, ...
func Encode(n int64) uint64 {
	// n<<1 makes room in bit 0. n>>63 is an arithmetic shift: it copies the
	// sign bit into every bit, giving 0 for n >= 0 and -1 (all ones) for
	// n < 0, so the XOR flips every bit of a negative number.
	return uint64(n<<1) ^ uint64(n)>>63 // wrong: a logical shift gives 0 or 1, not 0 or all ones
}

// Decode returns the int64 whose code is u: Decode(Encode(n)) == n for every
// int64 n, and Encode(Decode(u)) == u for every uint64 u.
func Decode(u uint64) int64 {
	// u>>1 is a logical shift (u is unsigned). -int64(u&1) is 0, or all ones
	// when bit 0 says the number was negative.
	return int64(u>>1) ^ -int64(u&1)
}
