package linecount

import (
	"bufio"
	"compress/gzip"
	"errors"
	"io"
)

// ErrTooLarge is returned when the decompressed data is longer than the limit.
var ErrTooLarge = errors.New("decompressed data exceeds the limit")

// Lines counts lines with a bufio.Scanner, whose default buffer holds lines
// of at most 64 KiB.
func Lines(r io.Reader, limit int64) (int, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return 0, err
	}
	defer zr.Close()
	limited := &io.LimitedReader{R: zr, N: limit + 1}
	sc := bufio.NewScanner(limited)
	lines := 0
	for sc.Scan() {
		lines++
	}
	if err := sc.Err(); err != nil {
		return 0, err
	}
	if limited.N == 0 {
		return 0, ErrTooLarge
	}
	return lines, nil
}
