package linecount

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
)

// ErrTooLarge is returned when the decompressed data is longer than the limit.
var ErrTooLarge = errors.New("decompressed data exceeds the limit")

// Lines turns multistream reading off, so it stops after the first gzip member.
func Lines(r io.Reader, limit int64) (int, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return 0, err
	}
	defer zr.Close()
	zr.Multistream(false)
	data, err := io.ReadAll(io.LimitReader(zr, limit+1))
	if err != nil {
		return 0, err
	}
	if int64(len(data)) > limit {
		return 0, ErrTooLarge
	}
	lines := bytes.Count(data, []byte{'\n'})
	if len(data) > 0 && data[len(data)-1] != '\n' {
		lines++
	}
	return lines, nil
}
