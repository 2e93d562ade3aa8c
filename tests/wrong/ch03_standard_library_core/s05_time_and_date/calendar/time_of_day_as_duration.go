package calendar

import (
	"fmt"
	"time"
)

// Date is a day on the calendar, with no time of day and no time zone.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// String formats d as YYYY-MM-DD.
func (d Date) String() string {
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// AddMonths returns t moved by n calendar months, with the same time of day
// and location. A day that does not exist in the target month is clamped to
// the month's last day: January 31 + 1 month is February 28 (29 in leap years).
func AddMonths(t time.Time, n int) time.Time {
	year, month, day := t.Date()
	// The first of the target month: time.Date normalises month overflow
	// (month 14, month -3) into the right year.
	first := time.Date(year, month+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	// Day 0 of the following month is the last day of this one.
	last := time.Date(first.Year(), first.Month()+1, 0, 0, 0, 0, 0, time.UTC).Day()
	// keep the elapsed time since midnight instead of the wall clock
	sinceMidnight := t.Sub(time.Date(year, month, day, 0, 0, 0, 0, t.Location()))
	return time.Date(first.Year(), first.Month(), min(day, last), 0, 0, 0, 0, t.Location()).Add(sinceMidnight)
}

// LastBusinessDay returns the last day of the month that is a Monday to
// Friday and not in holidays (which may be nil).
func LastBusinessDay(year int, month time.Month, holidays map[Date]bool) Date {
	// Dates as times at noon UTC: no DST, and a weekday that is the calendar's.
	day := time.Date(year, month+1, 0, 12, 0, 0, 0, time.UTC)
	for {
		d := Date{day.Year(), day.Month(), day.Day()}
		if wd := day.Weekday(); wd != time.Saturday && wd != time.Sunday && !holidays[d] {
			return d
		}
		day = day.AddDate(0, 0, -1)
	}
}
