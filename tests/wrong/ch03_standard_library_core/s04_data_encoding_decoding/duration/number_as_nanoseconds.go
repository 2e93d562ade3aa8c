package duration

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"time"
)

// ErrInvalid is wrapped by every error UnmarshalJSON returns.
var ErrInvalid = errors.New("invalid duration")

// Duration is a time.Duration that configuration files can write either as
// a string in Go's duration format ("1m30s", "250ms") or as a number of
// seconds (90, 1.5).
type Duration time.Duration

// MarshalJSON writes d as a JSON string in time.Duration's format: "1m30s".
func (d Duration) MarshalJSON() ([]byte, error) {
	return json.Marshal(time.Duration(d).String())
}

// UnmarshalJSON accepts a JSON string that time.ParseDuration understands,
// or a JSON number of seconds (fractions allowed, rounded to the nearest
// nanosecond). null leaves d unchanged. Any other JSON value, a negative
// duration, or one too large for a time.Duration is an error wrapping
// ErrInvalid, and d is left unchanged.
func (d *Duration) UnmarshalJSON(data []byte) error {
	if len(data) == 0 {
		return fmt.Errorf("%w: empty input", ErrInvalid)
	}
	var parsed time.Duration
	switch c := data[0]; {
	case string(data) == "null":
		return nil // the convention: null means "no value", keep what is there
	case c == '"':
		var s string
		if err := json.Unmarshal(data, &s); err != nil {
			return fmt.Errorf("%w: %w", ErrInvalid, err)
		}
		v, err := time.ParseDuration(s)
		if err != nil {
			return fmt.Errorf("%w: %w", ErrInvalid, err)
		}
		parsed = v
	case c == '-' || ('0' <= c && c <= '9'):
		secs, err := strconv.ParseFloat(string(data), 64)
		if err != nil {
			return fmt.Errorf("%w: %w", ErrInvalid, err)
		}
		if secs < 0 {
			return fmt.Errorf("%w: %s is negative", ErrInvalid, data)
		}
		ns := math.Round(secs)
		// float64(math.MaxInt64) is 2^63, one more than the largest int64: hence >=.
		if ns >= math.MaxInt64 {
			return fmt.Errorf("%w: %s seconds is too long", ErrInvalid, data)
		}
		parsed = time.Duration(ns)
	default:
		return fmt.Errorf("%w: want a string or a number, got %s", ErrInvalid, data)
	}
	if parsed < 0 {
		return fmt.Errorf("%w: %s is negative", ErrInvalid, data)
	}
	*d = Duration(parsed)
	return nil
}
