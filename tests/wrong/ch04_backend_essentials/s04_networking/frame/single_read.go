package frame

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"net"
	"time"
)

// ErrTooLarge reports a frame longer than the limit.
var ErrTooLarge = errors.New("frame too large")

// WriteFrame writes p to w as one frame: the length of p as a 4-byte
// big-endian number, then p, with a single call to w.Write.
func WriteFrame(w io.Writer, p []byte) error {
	// BEGIN SOLUTION
	if uint64(len(p)) > math.MaxUint32 {
		return fmt.Errorf("%w: %d bytes", ErrTooLarge, len(p))
	}
	// One buffer, one Write: two goroutines writing frames to the same
	// connection cannot interleave their headers and payloads.
	buf := make([]byte, 4, 4+len(p))
	binary.BigEndian.PutUint32(buf, uint32(len(p)))
	buf = append(buf, p...)
	_, err := w.Write(buf)
	return err
	// END SOLUTION
}

// ReadFrame reads one frame from r and returns its payload. It returns
// io.EOF when r ends before the frame starts, io.ErrUnexpectedEOF when r
// ends inside the frame, and an error wrapping ErrTooLarge, without reading
// the payload, when the frame is longer than limit bytes.
func ReadFrame(r io.Reader, limit int) ([]byte, error) {
	// BEGIN SOLUTION
	var header [4]byte
	if _, err := io.ReadFull(r, header[:]); err != nil {
		return nil, err // io.EOF: no frame at all; io.ErrUnexpectedEOF: part of a header
	}
	n := binary.BigEndian.Uint32(header[:])
	if int64(n) > int64(limit) {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, n, limit)
	}
	p := make([]byte, n)
	got, err := r.Read(p)
	if got < int(n) {
		if err == nil || err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	return p, nil
	// END SOLUTION
}

// Call sends req as one frame on conn and reads one response frame (at most
// limit bytes). The whole exchange must finish within timeout; Call removes the
// deadline again before it returns.
func Call(conn net.Conn, req []byte, limit int, timeout time.Duration) ([]byte, error) {
	// BEGIN SOLUTION
	if err := conn.SetDeadline(time.Now().Add(timeout)); err != nil {
		return nil, err
	}
	defer conn.SetDeadline(time.Time{})
	if err := WriteFrame(conn, req); err != nil {
		return nil, err
	}
	return ReadFrame(conn, limit)
	// END SOLUTION
}
