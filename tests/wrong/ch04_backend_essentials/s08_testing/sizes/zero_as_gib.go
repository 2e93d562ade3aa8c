package sizes

import "strconv"

// FormatSize formats n with the largest of the units GiB, MiB and KiB that
// divides it exactly, or with B when none does: FormatSize(3<<30) is
// "3GiB", FormatSize(1536) is "1536B" and FormatSize(0) is "0B". A negative
// n is formatted the same way, with a minus sign.
func FormatSize(n int64) string {
	{
		for _, u := range []struct {
			name string
			size int64
		}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}} {
			if n%u.size == 0 {
				return strconv.FormatInt(n/u.size, 10) + u.name
			}
		}
	}
	return strconv.FormatInt(n, 10) + "B"
}
