package durfmt

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Day is a unit of Humanize and Parse: 24 hours, as a length of time (a
// calendar day can be 23 or 25 hours long; that is AddDate's business).
const Day = 24 * time.Hour

// units are the human units, largest first.
var units = []struct {
	name string
	size time.Duration
}{
	{"day", Day},
	{"hour", time.Hour},
	{"minute", time.Minute},
	{"second", time.Second},
}

// ErrSyntax is wrapped by the errors Parse returns for the human form.
var ErrSyntax = errors.New("durfmt: invalid duration")

// syntaxError returns an error about s that wraps ErrSyntax.
func syntaxError(s, why string) error {
	return fmt.Errorf("%w %q: %s", ErrSyntax, s, why)
}

// count writes n and a unit name, singular for 1: "1 hour", "3 hours".
func count(n time.Duration, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return strconv.FormatInt(int64(n), 10) + " " + unit + "s"
}

// unitIndex returns the index in units of a unit word, singular or plural
// ("hour" or "hours"), or -1 for a word that is not a unit.
func unitIndex(word string) int {
	name := strings.TrimSuffix(word, "s")
	for i, u := range units {
		if u.name == name {
			return i
		}
	}
	return -1
}

// Humanize writes d with days, hours, minutes and seconds, largest first,
// leaving out zero counts and dropping the fraction of a second:
// "1 day 2 hours 5 seconds", "minus 1 minute 30 seconds", "0 seconds".
func Humanize(d time.Duration) string {
	// Truncate toward zero first: d is then a whole number of seconds, and
	// even the most negative one has an opposite that fits in an int64.
	prefix := ""
	if d < 0 {
		prefix, d = "minus ", -d // -math.MinInt64 overflows: it is still negative
	}
	d = d.Truncate(time.Second)
	if d == 0 {
		return "0 seconds"
	}
	var parts []string
	for _, u := range units {
		if n := d / u.size; n > 0 {
			parts = append(parts, count(n, u.name))
			d -= n * u.size
		}
	}
	return prefix + strings.Join(parts, " ")
}

// Parse reads a Go duration ("2h3m", one word) or the human form that
// Humanize writes ("minus 1 day 2 hours"), each unit singular or plural, at
// most once, largest first. A total that does not fit in a Duration is an
// error.
func Parse(s string) (time.Duration, error) {
	words := strings.Fields(s)
	switch len(words) {
	case 0:
		return 0, syntaxError(s, "no words")
	case 1:
		return time.ParseDuration(words[0])
	}
	negative := words[0] == "minus"
	if negative {
		words = words[1:]
	}
	if len(words)%2 != 0 {
		return 0, syntaxError(s, "want pairs of a number and a unit")
	}
	const longest = time.Duration(1<<63 - 1)
	var total time.Duration
	next := 0 // the index in units of the largest unit still allowed
	for i := 0; i < len(words); i += 2 {
		number, unit := words[i], words[i+1]
		if strings.Trim(number, "0123456789") != "" {
			return 0, syntaxError(s, "not a whole number: "+number)
		}
		n, err := strconv.ParseInt(number, 10, 64)
		if err != nil {
			return 0, syntaxError(s, "number too large: "+number)
		}
		k := unitIndex(unit)
		if k < next { // -1 (not a unit) is always below next
			return 0, syntaxError(s, "unknown, repeated or misplaced unit: "+unit)
		}
		next = k + 1
		if size := units[k].size; time.Duration(n) > (longest-total)/size {
			return 0, syntaxError(s, "longer than the longest Duration")
		}
		total += time.Duration(n) * units[k].size
	}
	if negative {
		total = -total
	}
	return total, nil
}
