package frames

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// ErrTooLarge is wrapped by the error WriteFrame returns for a payload of
// more than 65535 bytes.
var ErrTooLarge = errors.New("payload too large for a frame")

// WriteFrame writes the frame of payload to w with one Write call: its
// length as 2 bytes, big-endian, then the payload.
func WriteFrame(w io.Writer, payload []byte) error {
	if len(payload) > 0xFFFF {
		return fmt.Errorf("%w: %d bytes", ErrTooLarge, len(payload))
	}
	if _, err := w.Write(binary.BigEndian.AppendUint16(nil, uint16(len(payload)))); err != nil {
		return err
	}
	_, err := w.Write(payload)
	return err
}
