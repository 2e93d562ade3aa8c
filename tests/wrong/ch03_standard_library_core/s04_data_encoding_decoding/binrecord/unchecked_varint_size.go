package binrecord

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// MaxFieldLen is the longest Key or Value a record may hold, in bytes.
const MaxFieldLen = 1 << 20

// Errors of Append and Decode.
var (
	ErrTruncated = errors.New("binrecord: truncated record")
	ErrTooLong   = errors.New("binrecord: field longer than MaxFieldLen")
)

// Record is one entry of a key-value log.
type Record struct {
	ID    uint32
	Key   string
	Value []byte
}

// Append appends the encoding of rec to dst and returns the extended
// slice: ID as 4 bytes big-endian, then Key and Value, each as its length
// (an unsigned varint) followed by its bytes. It returns dst unchanged and
// an error wrapping ErrTooLong when Key or Value is longer than MaxFieldLen.
func Append(dst []byte, rec Record) ([]byte, error) {
	if len(rec.Key) > MaxFieldLen || len(rec.Value) > MaxFieldLen {
		return dst, fmt.Errorf("%w: key %d bytes, value %d bytes", ErrTooLong, len(rec.Key), len(rec.Value))
	}
	dst = binary.BigEndian.AppendUint32(dst, rec.ID)
	dst = binary.AppendUvarint(dst, uint64(len(rec.Key)))
	dst = append(dst, rec.Key...)
	dst = binary.AppendUvarint(dst, uint64(len(rec.Value)))
	return append(dst, rec.Value...), nil
}

// Decode decodes the record at the start of data and returns it with the
// number of bytes it used. The Record does not share memory with data.
// Errors: io.EOF when data is empty; an error wrapping ErrTooLong when a
// length is over MaxFieldLen or its varint overflows 64 bits; an error
// wrapping ErrTruncated when data ends before the record does.
func Decode(data []byte) (Record, int, error) {
	if len(data) == 0 {
		return Record{}, 0, io.EOF
	}
	if len(data) < 4 {
		return Record{}, 0, fmt.Errorf("%w: %d bytes for the ID", ErrTruncated, len(data))
	}
	rec := Record{ID: binary.BigEndian.Uint32(data)}
	off := 4
	key, off, err := field(data, off)
	if err != nil {
		return Record{}, 0, fmt.Errorf("key: %w", err)
	}
	value, off, err := field(data, off)
	if err != nil {
		return Record{}, 0, fmt.Errorf("value: %w", err)
	}
	rec.Key = string(key)                     // string() copies
	rec.Value = append([]byte(nil), value...) // a copy, not a view of data
	return rec, off, nil
}

// field reads a length-prefixed field of data starting at off, and returns
// it (a sub-slice of data) and the offset just past it.
func field(data []byte, off int) ([]byte, int, error) {
	n, size := binary.Uvarint(data[off:])
	if n > MaxFieldLen {
		return nil, 0, fmt.Errorf("%w: %d bytes", ErrTooLong, n)
	}
	off += size
	if uint64(len(data)-off) < n {
		return nil, 0, fmt.Errorf("%w: %d of %d bytes", ErrTruncated, len(data)-off, n)
	}
	end := off + int(n)
	return data[off:end], end, nil
}
