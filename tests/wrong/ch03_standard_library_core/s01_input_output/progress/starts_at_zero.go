package progress

import "io"

// Reader wraps an io.ReadSeeker and keeps track of its position and of the
// number of bytes read through it.
type Reader struct {
	r      io.ReadSeeker
	offset int64 // the position of r: where the next Read starts
	read   int64 // bytes returned by Read so far, re-reads included
}

// The compiler checks that *Reader is an io.ReadSeeker.
var _ io.ReadSeeker = (*Reader)(nil)

// Offset returns the current position: where the next Read starts.
func (pr *Reader) Offset() int64 { return pr.offset }

// BytesRead returns how many bytes Read has returned in all, counting again
// the bytes read a second time after a Seek back.
func (pr *Reader) BytesRead() int64 { return pr.read }

// New returns a Reader that reads from r, starting at r's current position.
func New(r io.ReadSeeker) *Reader {
	return &Reader{r: r}
}

// Read reads from the underlying reader and counts the bytes it returns.
func (pr *Reader) Read(p []byte) (int, error) {
	n, err := pr.r.Read(p)
	pr.offset += int64(n) // n bytes arrived, whatever err says
	pr.read += int64(n)
	return n, err
}

// Seek moves the underlying reader and records its new position.
func (pr *Reader) Seek(offset int64, whence int) (int64, error) {
	pos, err := pr.r.Seek(offset, whence)
	if err != nil {
		return pos, err // the position did not change
	}
	pr.offset = pos // only the underlying reader knows where its end is
	return pos, nil
}

// Remaining returns how many bytes are left between the current position and
// the end, without moving the position.
func (pr *Reader) Remaining() (int64, error) {
	end, err := pr.r.Seek(0, io.SeekEnd)
	if err != nil {
		return 0, err
	}
	if _, err := pr.r.Seek(pr.offset, io.SeekStart); err != nil {
		return 0, err
	}
	return max(end-pr.offset, 0), nil // the position may be past the end
}
