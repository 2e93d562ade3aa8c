package rot13

import "io"

// Reader applies ROT13 to the ASCII letters it reads from another reader.
type Reader struct {
	r io.Reader
}

// The compiler checks that *Reader is an io.Reader.
var _ io.Reader = (*Reader)(nil)

// NewReader returns a Reader that reads from r.
func NewReader(r io.Reader) *Reader { return &Reader{r: r} }

// Read reads from the underlying reader into p and applies ROT13 to the
// ASCII letters among the bytes read. It returns the underlying error.
func (r *Reader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	if err != nil {
		return n, err
	}
	for i, b := range p[:n] { // the n bytes first, whatever err is
		p[i] = rot13(b)
	}
	return n, err
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
