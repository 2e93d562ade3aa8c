// Package invoice adds up invoices. Its amounts are parsed and formatted by
// the internal package gocourse/ch01/internal/money.
package invoice

import (
	"errors"
	"fmt"
	"io"

	"gocourse/ch01/internal/money"
)

// MaxQuantity is the largest quantity of one invoice line.
const MaxQuantity = 10_000

// ErrQuantity is wrapped by the error for a quantity outside 1..MaxQuantity.
var ErrQuantity = errors.New("quantity must be 1 to 10000")

// Line is one line of an invoice: Quantity items at UnitPrice each.
type Line struct {
	Item      string
	Quantity  int
	UnitPrice string // an amount for money.Parse: "4.99", or "-2.00" for a discount
}

// A LineError reports the line of an invoice that is wrong.
type LineError struct {
	Line int    // the line's position, counting from 1
	Item string // the line's Item
	Err  error  // what is wrong: the error of Amount
}

func (e *LineError) Error() string {
	return fmt.Sprintf("invoice line %d (%s): %v", e.Line, e.Item, e.Err)
}

// Unwrap returns e.Err, so that errors.Is and errors.As look inside a LineError.
func (e *LineError) Unwrap() error { return e.Err }

// Amount returns line.Quantity times the price line.UnitPrice. The error
// wraps ErrQuantity for a quantity outside 1..MaxQuantity, or is the error
// of money.Parse for a bad price.
func Amount(line Line) (money.Cents, error) {
	if line.Quantity < 1 || line.Quantity > MaxQuantity {
		return 0, fmt.Errorf("%w, not %d", ErrQuantity, line.Quantity)
	}
	price, err := money.Parse(line.UnitPrice)
	if err != nil {
		return 0, err
	}
	return price * money.Cents(line.Quantity), nil
}

// Total returns the sum of the amounts of the lines; 0 for no lines. At the
// first bad line it returns 0 and a *LineError.
func Total(lines []Line) (money.Cents, error) {
	var total money.Cents
	for i, line := range lines {
		amount, err := Amount(line)
		if err != nil {
			return 0, &LineError{Line: i + 1, Item: line.Item, Err: err}
		}
		total += amount
	}
	return total, nil
}

// WriteReceipt writes one line "Q x ITEM @ PRICE = AMOUNT" per invoice line,
// then "total TOTAL". When a line is bad it writes nothing and returns the
// error of Total.
func WriteReceipt(w io.Writer, lines []Line) error {
	var total money.Cents
	for i, line := range lines {
		amount, err := Amount(line)
		if err != nil {
			return &LineError{Line: i + 1, Item: line.Item, Err: err}
		}
		price, _ := money.Parse(line.UnitPrice)
		fmt.Fprintf(w, "%d x %s @ %v = %v\n", line.Quantity, line.Item, price, amount)
		total += amount
	}
	_, err := fmt.Fprintf(w, "total %v\n", total)
	return err
}
