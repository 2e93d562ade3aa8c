package linecount

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
)

// ErrTooLarge is returned when the decompressed data is longer than the limit.
var ErrTooLarge = errors.New("decompressed data exceeds the limit")

// Lines decompresses everything into memory, then checks the limit: a bomb
// is fully inflated before it is refused.
func Lines(r io.Reader, limit int64) (int, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return 0, err
	}
	defer zr.Close()
	data, err := io.ReadAll(zr)
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
