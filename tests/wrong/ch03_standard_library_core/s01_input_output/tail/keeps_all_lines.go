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
	sc.Buffer(make([]byte, 0, 64*1024), MaxLineLength+2)
	var lines []string
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return slices.Clone(lines[max(len(lines)-n, 0):]), nil
}
