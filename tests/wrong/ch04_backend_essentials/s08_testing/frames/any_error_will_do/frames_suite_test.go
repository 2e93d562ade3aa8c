package frames

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// frame returns the frame of a payload: its length in two bytes, big-endian,
// then the payload.
func frame(payload string) string {
	return string([]byte{byte(len(payload) >> 8), byte(len(payload))}) + payload
}

// TestReadFrame checks ReadFrame with readers that return few bytes at a time.
func TestReadFrame(t *testing.T) {
	long := strings.Repeat("0123456789", 30) // 300 bytes: the length needs both bytes
	input := frame("hello") + frame("") + frame(long) + frame("bye")
	readers := []struct {
		name string
		wrap func(io.Reader) io.Reader
	}{
		{"whole reads", func(r io.Reader) io.Reader { return r }},
		{"OneByteReader", iotest.OneByteReader},
		{"HalfReader", iotest.HalfReader},
		{"DataErrReader", iotest.DataErrReader},
		{"OneByteReader and DataErrReader", func(r io.Reader) io.Reader {
			return iotest.DataErrReader(iotest.OneByteReader(r))
		}},
	}
	for _, rd := range readers {
		t.Run(rd.name, func(t *testing.T) {
			r := rd.wrap(strings.NewReader(input))
			for _, want := range []string{"hello", "", long, "bye"} {
				got, err := ReadFrame(r)
				if err != nil || !bytes.Equal(got, []byte(want)) {
					t.Fatalf("ReadFrame = %.20q, %v; want %.20q, nil", got, err, want)
				}
			}
			if got, err := ReadFrame(r); err == nil {
				t.Errorf("ReadFrame at the end = %q, nil; want an error", got)
			}
		})
	}
}

// TestReadFrameErrors checks what ReadFrame returns when the input is cut
// short or the reader fails.
func TestReadFrameErrors(t *testing.T) {
	boom := errors.New("connection reset")
	tests := []struct {
		name string
		r    io.Reader
		want error
	}{
		{"empty input", strings.NewReader(""), io.EOF},
		{"cut in the length", strings.NewReader("\x00"), io.ErrUnexpectedEOF},
		{"cut in the payload", strings.NewReader(frame("hello")[:4]), io.ErrUnexpectedEOF},
		{"cut in the payload, one byte at a time", iotest.OneByteReader(strings.NewReader(frame("hello")[:4])), io.ErrUnexpectedEOF},
		{"cut, with data and EOF together", iotest.DataErrReader(strings.NewReader(frame("hello")[:6])), io.ErrUnexpectedEOF},
		{"reader fails at once", iotest.ErrReader(boom), boom},
		{"reader fails in the payload", io.MultiReader(strings.NewReader(frame("hello")[:4]), iotest.ErrReader(boom)), boom},
		{"timeout", iotest.TimeoutReader(iotest.HalfReader(strings.NewReader(frame("hello")))), iotest.ErrTimeout},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadFrame(tt.r)
			if err == nil || got != nil {
				t.Errorf("ReadFrame = %q, %v; want nil, an error", got, err)
			}
		})
	}
}
