package prefix

import (
	"bytes"
	"io"
)

// Writer is an io.Writer that writes a prefix at the start of every line
// before passing the line on to another writer.
type Writer struct {
	w       io.Writer
	prefix  string
	midLine bool // the last byte written was not a '\n': the next byte continues a line
}

// The compiler checks that *Writer is an io.Writer.
var _ io.Writer = (*Writer)(nil)

// NewWriter returns a Writer that writes to w, putting prefix before every line.
func NewWriter(w io.Writer, prefix string) *Writer {
	return &Writer{w: w, prefix: prefix}
}

// Write writes p to the underlying writer with a prefix at the start of

// Write writes p to the underlying writer with a prefix at the start of
// every line.
func (pw *Writer) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		if !pw.midLine {
			io.WriteString(pw.w, pw.prefix)
			pw.midLine = true
		}
		end := len(p)
		if i := bytes.IndexByte(p, '\n'); i >= 0 {
			end = i + 1
		}
		pw.w.Write(p[:end])
		pw.midLine = p[end-1] != '\n'
		p = p[end:]
	}
	return n, nil
}
