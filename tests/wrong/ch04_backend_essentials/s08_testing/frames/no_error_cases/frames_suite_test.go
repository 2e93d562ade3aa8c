package frames

import (
	"bytes"
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
			if got, err := ReadFrame(r); err != io.EOF {
				t.Errorf("ReadFrame at the end = %q, %v; want io.EOF", got, err)
			}
		})
	}
}
