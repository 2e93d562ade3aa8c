package linecount

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
)

// ErrTooLarge is returned when the decompressed data is longer than the limit.
var ErrTooLarge = errors.New("decompressed data exceeds the limit")

// Lines counts "\n" bytes, so a last line without one is not counted.
func Lines(r io.Reader, limit int64) (int, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return 0, err
	}
	defer zr.Close()
	limited := io.LimitReader(zr, limit+1)
	buf := make([]byte, 32<<10)
	var total int64
	lines := 0
	for {
		n, err := limited.Read(buf)
		total += int64(n)
		if total > limit {
			return 0, ErrTooLarge
		}
		lines += bytes.Count(buf[:n], []byte{'\n'})
		if err == io.EOF {
			return lines, nil
		}
		if err != nil {
			return 0, err
		}
	}
}
