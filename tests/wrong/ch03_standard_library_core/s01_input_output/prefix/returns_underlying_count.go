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
	var buf bytes.Buffer
	for _, b := range p {
		if !pw.midLine {
			buf.WriteString(pw.prefix)
		}
		buf.WriteByte(b)
		pw.midLine = b != '\n'
	}
	return pw.w.Write(buf.Bytes())
}
