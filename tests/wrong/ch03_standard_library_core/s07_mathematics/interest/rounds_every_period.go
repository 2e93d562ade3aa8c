package interest

import "math/big"

// RoundCents rounds an amount of money to whole cents, halves to even
// (banker's rounding), and returns the number of cents: 1.015 becomes 102,
// 1.025 becomes 102, -0.125 becomes -12. It does not modify amount.
func RoundCents(amount *big.Rat) *big.Int {
	cents := new(big.Rat).Mul(amount, big.NewRat(100, 1))
	// QuoRem truncates toward zero and gives rem the sign of the numerator,
	// as / and % do on ints; the denominator of a Rat is always positive.
	q, rem := new(big.Int).QuoRem(cents.Num(), cents.Denom(), new(big.Int))
	// Compare the dropped fraction |rem|/denom with one half: 2|rem| with denom.
	twice := rem.Lsh(rem.Abs(rem), 1)
	c := twice.Cmp(cents.Denom())
	if c > 0 || c == 0 && q.Bit(0) == 1 { // over a half, or a half and q is odd
		q.Add(q, big.NewInt(int64(cents.Sign()))) // one cent away from zero
	}
	return q
}

// Compound returns principal*(1+rate)^periods, the balance after periods
// periods of compound interest at rate per period, rounded to cents (half
// to even) at the end only. It does not modify its arguments.
func Compound(principal, rate *big.Rat, periods int) *big.Int {
	factor := new(big.Rat).Add(rate, big.NewRat(1, 1))
	balance := new(big.Rat).Set(principal) // a copy: Mul below writes to balance
	for range periods {
		// Book the interest each period: the balance is kept in whole cents.
		balance.Mul(balance, factor)
		balance.SetFrac(RoundCents(balance), big.NewInt(100))
	}
	return RoundCents(balance)
}

// Payment returns the fixed payment per period that repays principal in
// periods payments at rate per period (an annuity, as for a mortgage),
// rounded to cents (half to even):
//
//	principal * rate * g / (g - 1), where g = (1+rate)^periods,
//
// or principal / periods when rate is zero. periods is at least 1. It does
// not modify its arguments.
func Payment(principal, rate *big.Rat, periods int) *big.Int {
	if rate.Sign() == 0 { // the formula would divide by g-1 == 0: Quo panics
		return RoundCents(new(big.Rat).Quo(principal, big.NewRat(int64(periods), 1)))
	}
	factor := new(big.Rat).Add(rate, big.NewRat(1, 1))
	g := big.NewRat(1, 1)
	for range periods {
		g.Mul(g, factor)
	}
	p := new(big.Rat).Mul(principal, rate)
	p.Mul(p, g)
	p.Quo(p, g.Sub(g, big.NewRat(1, 1)))
	return RoundCents(p)
}
