package versions

import (
	"cmp"
	"sort"
	"strconv"
	"strings"
)

// Compare compares two release versions made of decimal numbers separated
// by dots, such as "1.21.3", "2" or "0.9.10", number by number: "1.10"
// comes after "1.9", and missing numbers count as 0, so "1.2" equals
// "1.2.0". It returns -1, 0 or +1, like cmp.Compare.
func Compare(a, b string) int {
	// BEGIN SOLUTION
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := range max(len(as), len(bs)) {
		var x, y int // a missing number counts as 0
		if i < len(as) {
			x, _ = strconv.Atoi(as[i])
		}
		if i < len(bs) {
			y, _ = strconv.Atoi(bs[i])
		}
		if c := cmp.Compare(x, y); c != 0 {
			return c
		}
	}
	return 0
	// END SOLUTION
}

// FirstAtLeast returns the index of the first release that is at least v,
// or len(releases) when every release is older than v. releases is sorted
// from oldest to newest by Compare.
func FirstAtLeast(releases []string, v string) int {
	// BEGIN SOLUTION
	return sort.Search(len(releases), func(i int) bool { return Compare(releases[i], v) >= 0 })
	// END SOLUTION
}

// Newest returns the newest release r with lo <= r < hi by Compare (the
// last such one in releases, which is sorted from oldest to newest), or ""
// and false when there is none.
func Newest(releases []string, lo, hi string) (string, bool) {
	// BEGIN SOLUTION
	// the release just before hi; Search should find hi itself
	i := sort.Search(len(releases), func(i int) bool { return Compare(releases[i], hi) == 0 }) - 1
	if i < 0 || Compare(releases[i], lo) < 0 {
		return "", false
	}
	return releases[i], true
	// END SOLUTION
}
