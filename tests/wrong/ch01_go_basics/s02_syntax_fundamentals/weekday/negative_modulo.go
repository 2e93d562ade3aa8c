package weekday

import "fmt"

// Weekday is a day of the week, numbered like time.Weekday: Sunday is 0.
type Weekday int

// The days of the week, Sunday first.
const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

// The compiler checks this line: Weekday must implement fmt.Stringer.
var _ fmt.Stringer = Sunday

// String returns the English name of d, such as "Monday". For a value that
// is not a day it returns "Weekday(N)" with N the number: "Weekday(7)".
func (d Weekday) String() string {
	names := [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	if d < Sunday || d > Saturday {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return names[d]
}

// Add returns the day n days after d, or before d when n is negative.
// d is a valid day; n can be any int, math.MinInt and math.MaxInt included.
func (d Weekday) Add(n int) Weekday {
	return Weekday((int(d) + n) % 7)
}
