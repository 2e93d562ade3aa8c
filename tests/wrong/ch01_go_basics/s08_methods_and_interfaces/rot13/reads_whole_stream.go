package rot13

import "io"

// Reader applies ROT13 to the ASCII letters it reads from another reader.
type Reader struct {
	r    io.Reader
	buf  []byte
	read bool
}

// The compiler checks that *Reader is an io.Reader.
var _ io.Reader = (*Reader)(nil)

// NewReader returns a Reader that reads from r.
func NewReader(r io.Reader) *Reader { return &Reader{r: r} }

// Read reads from the underlying reader into p and applies ROT13 to the
// ASCII letters among the bytes read. It returns the underlying error.
func (r *Reader) Read(p []byte) (int, error) {
	if !r.read {
		data, err := io.ReadAll(r.r)
		if err != nil {
			return 0, err
		}
		for i, b := range data {
			data[i] = rot13(b)
		}
		r.buf, r.read = data, true
	}
	if len(r.buf) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.buf)
	r.buf = r.buf[n:]
	return n, nil
}

// rot13 returns b rotated by 13 places if it is an ASCII letter, else b.
func rot13(b byte) byte {
	switch {
	case 'a' <= b && b <= 'z':
		return 'a' + (b-'a'+13)%26
	case 'A' <= b && b <= 'Z':
		return 'A' + (b-'A'+13)%26
	}
	return b
}
