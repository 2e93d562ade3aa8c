package length

import (
	"bytes"
	"io"
	"strings"
)

// lenReader is a reader that knows how many unread bytes it holds.
type lenReader interface {
	io.Reader
	Len() int
}

// The compiler checks these lines: the three standard types have Len.
var (
	_ lenReader = (*bytes.Buffer)(nil)
	_ lenReader = (*bytes.Reader)(nil)
	_ lenReader = (*strings.Reader)(nil)
)

// Length reports how many bytes can still be read from r, without reading:
// 0 for a nil r, and -1 when it cannot tell.
func Length(r io.Reader) int64 {
	switch v := r.(type) {
	case nil:
		return 0

	case lenReader:
		return int64(v.Len())
	case *io.LimitedReader:
		if v.N <= 0 {
			return 0
		}
		inner := Length(v.R)
		if inner < 0 {
			return -1
		}
		return min(v.N, inner)
	}
	return -1
}
