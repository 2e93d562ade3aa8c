package meeting

// Earliest returns the earliest start hour of a meeting of length
// consecutive hours at which every attendee is free. free[i] lists the hours
// (0 to 23, in any order) attendee i is free; other numbers are ignored. The
// meeting must end by midnight. ok is false, and start 0, when no hour works,
// when length is less than 1, or when there are no attendees.
func Earliest(free [][]int, length int) (start int, ok bool) {
	if length < 1 || len(free) == 0 {
		return 0, false
	}
starts:
	for start := 0; start < 24; start++ {
		for hour := start; hour < start+length; hour++ {
		attendees:
			for _, hours := range free {
				for _, h := range hours {
					if h == hour {
						continue attendees // this attendee is free at hour
					}
				}
				continue starts // this attendee is busy at hour
			}
		}
		return start, true
	}
	return 0, false
}
