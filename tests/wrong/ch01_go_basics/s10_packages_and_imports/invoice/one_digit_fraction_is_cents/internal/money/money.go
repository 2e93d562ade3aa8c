// Package money parses and formats amounts of money, held as whole numbers
// of cents so that no floating-point rounding creeps in.
//
// It is an internal package: its import path gocourse/ch01/internal/money
// lets only the packages of gocourse/ch01 and below import it.
package money

import (
	"errors"
	"fmt"
)

// Cents is an amount of money in hundredths of the currency unit: Cents(1234)
// is 12.34.
type Cents int64

// MaxDigits is the largest number of digits Parse accepts before the point.
const MaxDigits = 12

var (
	// ErrSyntax is wrapped by Parse's error for text that is not an amount.
	ErrSyntax = errors.New("money: invalid amount")
	// ErrRange is wrapped by Parse's error for an amount with more than
	// MaxDigits digits before the point.
	ErrRange = errors.New("money: amount too large")
)

// parseError returns Parse's error for the text s; kind is ErrSyntax or ErrRange.
func parseError(kind error, s string) error {
	return fmt.Errorf("%w: %q", kind, s)
}

// Parse reads an amount written as an optional "-", one or more digits and
// optionally a "." followed by one or two digits: "12.34", "-0.05", "7",
// "7.5" (seven and a half). Other text is an error wrapping ErrSyntax; more
// than MaxDigits digits before the point, an error wrapping ErrRange.
func Parse(s string) (Cents, error) {
	rest := s
	negative := len(rest) > 0 && rest[0] == '-'
	if negative {
		rest = rest[1:]
	}
	var amount Cents
	digits := 0
	for digits < len(rest) && '0' <= rest[digits] && rest[digits] <= '9' {
		amount = amount*10 + Cents(rest[digits]-'0') // may wrap for long input: ErrRange below
		digits++
	}
	if digits == 0 {
		return 0, parseError(ErrSyntax, s)
	}
	isDigit := func(b byte) bool { return '0' <= b && b <= '9' }
	switch fraction := rest[digits:]; {
	case fraction == "":
		amount *= 100
	case len(fraction) == 2 && fraction[0] == '.' && isDigit(fraction[1]):
		amount = amount*100 + Cents(fraction[1]-'0')
	case len(fraction) == 3 && fraction[0] == '.' && isDigit(fraction[1]) && isDigit(fraction[2]):
		amount = amount*100 + Cents(fraction[1]-'0')*10 + Cents(fraction[2]-'0')
	default:
		return 0, parseError(ErrSyntax, s)
	}
	if digits > MaxDigits {
		return 0, parseError(ErrRange, s)
	}
	if negative {
		amount = -amount
	}
	return amount, nil
}

// String returns c with two decimals and a "-" when it is negative:
// "12.34", "0.05", "-0.05". It works for every value, math.MinInt64 included.
func (c Cents) String() string {
	units, hundredths := c/100, c%100 // both negative when c is: -1234 gives -12 and -34
	sign := ""
	if c < 0 {
		sign, units, hundredths = "-", -units, -hundredths // each fits, unlike -c for math.MinInt64
	}
	return fmt.Sprintf("%s%d.%02d", sign, units, hundredths)
}
