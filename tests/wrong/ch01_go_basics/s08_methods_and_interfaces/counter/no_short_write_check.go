package counter

import "io"

// Counter is an io.Writer that passes everything on to another writer and
// counts the bytes and lines that got through.
type Counter struct {
	w       io.Writer
	bytes   int64 // bytes the underlying writer accepted
	newline int   // '\n' bytes among them
	partial bool  // the last byte accepted was not a '\n'
}

// The compiler checks that *Counter is an io.Writer.
var _ io.Writer = (*Counter)(nil)

// NewCounter returns a Counter that writes to w.
func NewCounter(w io.Writer) *Counter { return &Counter{w: w} }

// Bytes returns the number of bytes written through c.
func (c *Counter) Bytes() int64 { return c.bytes }

// Write writes p to the underlying writer and counts what it accepted.
func (c *Counter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	for _, b := range p[:n] {
		if b == '\n' {
			c.newline++
		}
	}
	if n > 0 {
		c.bytes += int64(n)
		c.partial = p[n-1] != '\n'
	}

	return n, err
}

// Lines returns the number of lines written through c: each '\n' ends a
// line, and bytes after the last '\n' count as one more line.
func (c *Counter) Lines() int {
	if c.partial {
		return c.newline + 1
	}
	return c.newline
}
