package expr

import (
	"errors"
	"fmt"
	"slices"
)

// Expr is an arithmetic expression. Its unexported method seals it: only the
// node types of this package are Exprs.
type Expr interface {
	exprNode()
}

// Num is a number.
type Num float64

// Var is a variable, looked up in the environment.
type Var string

// Neg is -X.
type Neg struct{ X Expr }

// Bin is X Op Y, where Op is one of '+', '-', '*', '/'.
type Bin struct {
	Op   byte
	X, Y Expr
}

func (Num) exprNode()  {}
func (Var) exprNode()  {}
func (*Neg) exprNode() {}
func (*Bin) exprNode() {}

// Errors of Eval; the errors it returns wrap one of these.
var (
	ErrUnknownVar = errors.New("unknown variable")
	ErrDivByZero  = errors.New("division by zero")
	ErrInvalid    = errors.New("invalid expression")
)

// Eval returns the value of e, with variables taken from env.
func Eval(e Expr, env map[string]float64) (float64, error) {
	switch e := e.(type) {
	case Num:
		return float64(e), nil
	case Var:
		v := env[string(e)]
		if v == 0 {
			return 0, fmt.Errorf("%w %q", ErrUnknownVar, string(e))
		}
		return v, nil
	case *Neg:
		if e == nil {
			return 0, fmt.Errorf("%w: nil *Neg", ErrInvalid)
		}
		x, err := Eval(e.X, env)
		return -x, err
	case *Bin:
		if e == nil {
			return 0, fmt.Errorf("%w: nil *Bin", ErrInvalid)
		}
		x, err := Eval(e.X, env)
		if err != nil {
			return 0, err
		}
		y, err := Eval(e.Y, env)
		if err != nil {
			return 0, err
		}
		switch e.Op {
		case '+':
			return x + y, nil
		case '-':
			return x - y, nil
		case '*':
			return x * y, nil
		case '/':
			if y == 0 {
				return 0, ErrDivByZero
			}
			return x / y, nil
		}
		return 0, fmt.Errorf("%w: operator %q", ErrInvalid, e.Op)
	}
	return 0, fmt.Errorf("%w: %T", ErrInvalid, e) // a nil Expr
}

// Vars returns the names of the variables in e, sorted, without duplicates.
func Vars(e Expr) []string {
	var names []string
	var walk func(Expr)
	walk = func(e Expr) {
		switch e := e.(type) {
		case Var:
			names = append(names, string(e))
		case *Neg:
			if e != nil {
				walk(e.X)
			}
		case *Bin:
			if e != nil {
				walk(e.X)
				walk(e.Y)
			}
		}
	}
	walk(e)
	slices.Sort(names)
	return slices.Compact(names)
}
