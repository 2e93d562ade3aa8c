package ndjson

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// Validation errors, wrapped in a *LineError.
var (
	ErrMissingUser = errors.New("missing user")
	ErrBadStatus   = errors.New("status not in 100..599")
)

// Stats are the totals of one user.
type Stats struct {
	Requests int   // events
	Errors   int   // events with a status of 500 or more
	Bytes    int64 // sum of the bytes fields
}

// LineError reports the line of the input that could not be used.
type LineError struct {
	Line int   // 1 for the first line
	Err  error // the JSON error, ErrMissingUser or ErrBadStatus
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

func (e *LineError) Unwrap() error { return e.Err }

// event is one line of the log. Other keys are ignored.
type event struct {
	User   string `json:"user"`
	Status int    `json:"status"`
	Bytes  int64  `json:"bytes"`
}

// Aggregate reads an access log in NDJSON (one JSON object per line) from r
// and returns the totals per user. It stops at the first line it cannot use
// and returns nil and a *LineError, or the error of r.
func Aggregate(r io.Reader) (map[string]Stats, error) {
	stats := make(map[string]Stats)
	br := bufio.NewReader(r)
	for line := 1; ; line++ {
		text, err := br.ReadBytes('\n')
		if err == io.EOF {
			return stats, nil
		}
		if err != nil {
			return nil, err
		}
		if len(bytes.TrimSpace(text)) == 0 {
			continue
		}
		ev, err := parse(text)
		if err != nil {
			return nil, &LineError{Line: line, Err: err}
		}
		s := stats[ev.User]
		s.Requests++
		s.Bytes += ev.Bytes
		if ev.Status >= 500 {
			s.Errors++
		}
		stats[ev.User] = s
	}
}

// parse decodes and checks the event on one line.
func parse(line []byte) (event, error) {
	var ev event
	// Unmarshal, unlike one Decoder.Decode call, rejects anything after the value.
	if err := json.Unmarshal(line, &ev); err != nil {
		return event{}, err
	}
	if ev.User == "" {
		return event{}, ErrMissingUser
	}
	if ev.Status < 100 || ev.Status > 599 {
		return event{}, fmt.Errorf("%w: %d", ErrBadStatus, ev.Status)
	}
	return ev, nil
}
