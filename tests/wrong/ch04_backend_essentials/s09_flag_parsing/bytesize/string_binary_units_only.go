// Package bytesize is a flag type for sizes such as -max-body 10MB.
package bytesize

import (
	"flag"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Size is a number of bytes. *Size implements flag.Value, so that a flag
// set can parse "-max-body 10MB" into it.
type Size int64

// units are the units a Size may be written with, largest first.
var units = []struct {
	name  string
	bytes int64
}{
	{"TiB", 1 << 40}, {"TB", 1e12},
	{"GiB", 1 << 30}, {"GB", 1e9},
	{"MiB", 1 << 20}, {"MB", 1e6},
	{"KiB", 1 << 10}, {"KB", 1e3},
}

// Set parses text, digits followed by an optional unit, into s. On an
// error s is left unchanged.
func (s *Size) Set(text string) error {
	// BEGIN SOLUTION
	i := 0
	for i < len(text) && '0' <= text[i] && text[i] <= '9' {
		i++
	}
	if i == 0 {
		return fmt.Errorf("%q is not a size: want digits and a unit, such as 512, 10MB or 64KiB", text)
	}
	digits, unit := text[:i], text[i:]
	mult := int64(1)
	if unit != "" && !strings.EqualFold(unit, "B") {
		mult = 0
		for _, u := range units {
			if strings.EqualFold(unit, u.name) {
				mult = u.bytes
				break
			}
		}
		if mult == 0 {
			return fmt.Errorf("unknown unit %q in %q", unit, text)
		}
	}
	n, err := strconv.ParseInt(digits, 10, 64)
	if err != nil || n > math.MaxInt64/mult {
		return fmt.Errorf("%q is too large", text)
	}
	*s = Size(n * mult)
	return nil
	// END SOLUTION
}

// String formats s with the largest unit that divides it exactly.
func (s Size) String() string {
	// BEGIN SOLUTION
	n := int64(s)
	if n == 0 {
		return "0"
	}
	for _, u := range units {
		if strings.HasSuffix(u.name, "iB") && n%u.bytes == 0 {
			return strconv.FormatInt(n/u.bytes, 10) + u.name
		}
	}
	return strconv.FormatInt(n, 10) + "B"
	// END SOLUTION
}

// SizeFlag defines a Size flag on fs, as fs.Int does for an int: it
// returns the address of a Size that holds value until fs.Parse sets it.
func SizeFlag(fs *flag.FlagSet, name string, value Size, usage string) *Size {
	// BEGIN SOLUTION
	p := new(Size)
	*p = value
	fs.Var(p, name, usage)
	return p
	// END SOLUTION
}
