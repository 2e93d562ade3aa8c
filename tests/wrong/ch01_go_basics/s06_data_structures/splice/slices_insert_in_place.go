package splice

import "slices"

// Remove returns a new slice holding the elements of s except s[i]
// (0 <= i < len(s)). It never modifies s or the array behind it, and the
// result shares no memory with s.
func Remove(s []string, i int) []string {
	out := make([]string, 0, len(s)-1)
	out = append(out, s[:i]...)
	return append(out, s[i+1:]...)
}

// Insert returns a new slice holding the elements of s with vs inserted
// before s[i] (0 <= i <= len(s); i == len(s) appends them at the end). It
// never modifies s or the array behind it, and the result shares no memory
// with s, even when vs is empty.
func Insert(s []string, i int, vs ...string) []string {
	return slices.Insert(s, i, vs...)
}
