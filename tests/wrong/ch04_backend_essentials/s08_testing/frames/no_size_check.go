package frames

import (
	"encoding/binary"
	"errors"
	"io"
)

// ErrTooLarge is wrapped by the error WriteFrame returns for a payload of
// more than 65535 bytes.
var ErrTooLarge = errors.New("payload too large for a frame")

// WriteFrame writes the frame of payload to w with one Write call: its
// length as 2 bytes, big-endian, then the payload.
func WriteFrame(w io.Writer, payload []byte) error {
	buf := make([]byte, 0, 2+len(payload))
	buf = binary.BigEndian.AppendUint16(buf, uint16(len(payload)))
	buf = append(buf, payload...)
	_, err := w.Write(buf)
	return err
}
