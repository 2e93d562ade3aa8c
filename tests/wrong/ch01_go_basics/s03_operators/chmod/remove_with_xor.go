package chmod

import (
	"errors"
	"fmt"
)

// Perm holds the nine Unix permission bits, laid out as in os.FileMode:
// 0o754 is rwxr-xr-- (user: read, write, execute; group: read, execute;
// others: read).
type Perm uint16

// The permission bits, lowest first: line n of the block is bit n.
const (
	OtherExec  Perm = 1 << iota // 0o001
	OtherWrite                  // 0o002
	OtherRead                   // 0o004
	GroupExec                   // 0o010
	GroupWrite                  // 0o020
	GroupRead                   // 0o040
	UserExec                    // 0o100
	UserWrite                   // 0o200
	UserRead                    // 0o400
)

// ErrSyntax is wrapped by every error that Apply and Chmod return.
var ErrSyntax = errors.New("invalid symbolic mode")

// syntaxError returns an error that wraps ErrSyntax and quotes the bad clause.
func syntaxError(clause string) error {
	return fmt.Errorf("%w %q", ErrSyntax, clause)
}

// Has reports whether every bit of flags is set in p.
func (p Perm) Has(flags Perm) bool {
	return p&flags == flags
}

// Apply applies one clause of a symbolic mode, such as "u+x", "go-w" or
// "a=r", to p. On a syntax error it returns p unchanged and an error that
// wraps ErrSyntax.
func Apply(p Perm, clause string) (Perm, error) {
	// Who: the permission bits of each class named. No class means all three.
	classes := map[byte]Perm{'u': 0o700, 'g': 0o070, 'o': 0o007, 'a': 0o777}
	var who Perm
	i := 0
	for i < len(clause) && classes[clause[i]] != 0 { // && guards the index
		who |= classes[clause[i]]
		i++
	}
	if who == 0 {
		who = 0o777
	}
	if i == len(clause) {
		return p, syntaxError(clause) // no operator
	}
	op := clause[i]
	// What: r, w and x as the bits of one class, 0o4, 0o2 and 0o1.
	var rwx Perm
	for _, c := range clause[i+1:] {
		switch c {
		case 'r':
			rwx |= 0o4
		case 'w':
			rwx |= 0o2
		case 'x':
			rwx |= 0o1
		default:
			return p, syntaxError(clause)
		}
	}
	// Copy rwx into all three classes, then keep the classes named.
	bits := (rwx<<6 | rwx<<3 | rwx) & who
	switch op {
	case '+':
		p |= bits
	case '-':
		p ^= bits // wrong: sets the bits that were not set
	case '=':
		p = p&^who | bits
	default:
		return p, syntaxError(clause)
	}
	return p, nil
}

// Chmod applies a symbolic mode made of comma-separated clauses, such as
// "u=rwx,g=rx,o=", to p, clause by clause from left to right. When any
// clause is invalid it returns p unchanged and an error that wraps ErrSyntax.
func Chmod(p Perm, mode string) (Perm, error) {
	result := p
	start := 0
	for i := 0; i <= len(mode); i++ {
		if i < len(mode) && mode[i] != ',' {
			continue
		}
		var err error
		if result, err = Apply(result, mode[start:i]); err != nil {
			return p, err // all or nothing: not the clauses applied so far
		}
		start = i + 1
	}
	return result, nil
}
