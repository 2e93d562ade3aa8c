package interest

import (
	"math"
	"math/big"
)

// RoundCents rounds an amount of money to whole cents, halves to even
// (banker's rounding), and returns the number of cents: 1.015 becomes 102,
// 1.025 becomes 102, -0.125 becomes -12. It does not modify amount.
func RoundCents(amount *big.Rat) *big.Int {
	// Convert to float64 and let math.RoundToEven do the work.
	f, _ := amount.Float64()
	return big.NewInt(int64(math.RoundToEven(f * 100)))
}

// Compound returns principal*(1+rate)^periods, the balance after periods
// periods of compound interest at rate per period, rounded to cents (half
// to even) at the end only. It does not modify its arguments.
func Compound(principal, rate *big.Rat, periods int) *big.Int {
	factor := new(big.Rat).Add(rate, big.NewRat(1, 1))
	balance := new(big.Rat).Set(principal) // a copy: Mul below writes to balance
	for range periods {
		balance.Mul(balance, factor)
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
