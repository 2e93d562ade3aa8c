package prefix

import (
	"io"
	"strings"
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
	if len(p) == 0 {
		return 0, nil
	}
	lines := strings.SplitAfter(string(p), "\n")
	written := 0
	for _, line := range lines {
		if line == "" {
			continue
		}
		if _, err := io.WriteString(pw.w, pw.prefix); err != nil {
			return written, err
		}
		m, err := io.WriteString(pw.w, line)
		written += m
		if err != nil {
			return written, err
		}
	}
	return written, nil
}
