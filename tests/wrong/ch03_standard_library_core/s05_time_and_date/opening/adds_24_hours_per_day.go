package opening

import "time"

// Clock is a wall-clock time of day.
type Clock struct{ Hour, Minute int }

// Shop is open Monday to Friday from Open (inclusive) to Close (exclusive),
// by the clocks of Loc.
type Shop struct {
	Loc   *time.Location   // the shop's time zone
	Open  Clock            // opening time
	Close Clock            // closing time, after Open on the same day
	Now   func() time.Time // the clock; nil means time.Now
}

// now reads the shop's clock.
func (s Shop) now() time.Time {
	if s.Now == nil {
		return time.Now()
	}
	return s.Now()
}

// at returns the instant at which the clocks in s.Loc show c on the given
// date. Like time.Date, it normalises the date: day 32 of March is April 1.
func (s Shop) at(year int, month time.Month, day int, c Clock) time.Time {
	return time.Date(year, month, day, c.Hour, c.Minute, 0, 0, s.Loc)
}

// openAt reports whether the shop is open at instant t.
func (s Shop) openAt(t time.Time) bool {
	local := t.In(s.Loc) // the weekday and the date that count are the shop's
	if wd := local.Weekday(); wd == time.Saturday || wd == time.Sunday {
		return false
	}
	y, m, d := local.Date()
	return !local.Before(s.at(y, m, d, s.Open)) && local.Before(s.at(y, m, d, s.Close))
}

// nextOpening returns t, in s.Loc, if the shop is open at t, else the
// instant, in s.Loc, at which it next opens.
func (s Shop) nextOpening(t time.Time) time.Time {
	local := t.In(s.Loc)
	if s.openAt(local) {
		return local
	}
	y, m, d := local.Date()
	today := s.at(y, m, d, s.Open)
	for days := 0; ; days++ {
		opening := today.Add(time.Duration(days) * 24 * time.Hour)
		if wd := opening.Weekday(); wd != time.Saturday && wd != time.Sunday && opening.After(local) {
			return opening
		}
	}
}

// IsOpen reports whether the shop is open now.
func (s Shop) IsOpen() bool {
	return s.openAt(s.now())
}

// NextOpening returns now, in s.Loc, if the shop is open, else the instant,
// in s.Loc, at which it next opens.
func (s Shop) NextOpening() time.Time {
	return s.nextOpening(s.now())
}

// UntilOpen returns 0 if the shop is open now, else the time until it opens.
func (s Shop) UntilOpen() time.Duration {
	now := s.now() // one reading for both ends of the subtraction
	return s.nextOpening(now).Sub(now)
}
