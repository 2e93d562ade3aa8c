package logparse

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"sync"
)

// Entry is one request of an access log.
type Entry struct {
	Addr    string  // client address, as written: 203.0.113.9, 2001:db8::1
	Method  string  // GET, POST, ...
	Path    string  // request target: /api/orders?id=7
	Proto   string  // HTTP/1.1, HTTP/2.0
	Status  int     // 200
	Bytes   int64   // size of the response body; "-" in the log means 0
	Seconds float64 // time taken to serve the request
}

// String formats e as a log line: the inverse of Parse.
func (e Entry) String() string {
	bytes := "-"
	if e.Bytes != 0 {
		bytes = strconv.FormatInt(e.Bytes, 10)
	}
	return fmt.Sprintf(`%s "%s %s %s" %d %s %s`, e.Addr, e.Method, e.Path, e.Proto, e.Status, bytes,
		strconv.FormatFloat(e.Seconds, 'f', -1, 64))
}

// ErrFormat is wrapped by the error for a line that does not have the shape of a log line.
var ErrFormat = errors.New("malformed log line")

// FieldError reports a field that has the right shape but a value its Go type cannot hold.
type FieldError struct {
	Field string // "bytes" or "seconds" (or "status", should its pattern change)
	Value string // the text of the field
	Err   error  // the error from strconv
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("field %s: bad value %q: %v", e.Field, e.Value, e.Err)
}

func (e *FieldError) Unwrap() error { return e.Err }

// lineRE returns the compiled pattern. sync.OnceValue compiles it once, on
// first use, so that tests can run before linePattern is written; in your
// own code, a package-level regexp.MustCompile is simpler.
var lineRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(linePattern())
})

// linePattern returns the regular expression of a whole log line, with a
// named group for each field: addr, method, path, proto, status, bytes, seconds.
func linePattern() string {
	return `^(?P<addr>\S+) "(?P<method>[A-Z]+) (?P<path>\S+) (?P<proto>HTTP/\d(?:\.\d)?)" ` +
		`(?P<status>\d{3}) (?P<bytes>-|\d+) (?P<seconds>\d+(?:\.\d+)?)$`
}

// Parse reads one line of an access log.
func Parse(line string) (Entry, error) {
	re := lineRE()
	m := re.FindStringSubmatch(line)
	if m == nil {
		return Entry{}, fmt.Errorf("%w: %q", ErrFormat, line)
	}
	field := func(name string) string { return m[re.SubexpIndex(name)] }
	e := Entry{
		Addr:   field("addr"),
		Method: field("method"),
		Path:   field("path"),
		Proto:  field("proto"),
	}
	var err error
	if e.Status, err = strconv.Atoi(field("status")); err != nil {
		return Entry{}, &FieldError{Field: "status", Value: field("status"), Err: err} // cannot fail with three digits
	}
	if b := field("bytes"); b != "-" {
		e.Bytes, _ = strconv.ParseInt(b, 10, 64) // the pattern allows digits only: cannot fail?
	}
	s := field("seconds")
	e.Seconds, _ = strconv.ParseFloat(s, 64)
	return e, nil
}
