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
	// Typed nils first: the lenReader case would call Len on a nil pointer.
	case *bytes.Buffer:
		if v == nil {
			return 0
		}
		return int64(v.Len())
	case *bytes.Reader:
		if v == nil {
			return 0
		}
		return int64(v.Len())
	case *strings.Reader:
		if v == nil {
			return 0
		}
		return int64(v.Len())
	case lenReader:
		return int64(v.Len())
	case *io.LimitedReader:
		return v.N
	}
	return -1
}
