package linecount

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
)

// ErrTooLarge is returned when the decompressed data is longer than the limit.
var ErrTooLarge = errors.New("decompressed data exceeds the limit")

// Lines limits the compressed input instead of the decompressed text.
func Lines(r io.Reader, limit int64) (int, error) {
	limited := &io.LimitedReader{R: r, N: limit + 1}
	zr, err := gzip.NewReader(limited)
	if err != nil {
		return 0, err
	}
	defer zr.Close()
	data, err := io.ReadAll(zr)
	if err != nil {
		return 0, err
	}
	if limited.N == 0 {
		return 0, ErrTooLarge
	}
	lines := bytes.Count(data, []byte{'\n'})
	if len(data) > 0 && data[len(data)-1] != '\n' {
		lines++
	}
	return lines, nil
}
