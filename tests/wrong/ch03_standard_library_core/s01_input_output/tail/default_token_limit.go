package tail

import (
	"bufio"
	"io"
	"slices"
)

// MaxLineLength is the longest line, in bytes without its line ending, that
// Tail must handle.
const MaxLineLength = 1 << 20

// Tail returns the last n lines of r, oldest first, without their line
// endings. It keeps at most n lines in memory, whatever the size of r.
func Tail(r io.Reader, n int) ([]string, error) {
	if n <= 0 {
		return nil, nil
	}
	sc := bufio.NewScanner(r)
	var ring []string
	next := 0
	for sc.Scan() {
		if len(ring) < n {
			ring = append(ring, sc.Text())
			continue
		}
		ring[next] = sc.Text()
		next = (next + 1) % n
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return slices.Concat(ring[next:], ring[:next]), nil
}
