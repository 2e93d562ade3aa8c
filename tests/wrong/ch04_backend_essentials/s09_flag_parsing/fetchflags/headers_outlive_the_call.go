// Package fetchflags reads the command line of fetch, a small HTTP client:
//
//	fetch [-X method] [-H "Name: value"]... [-d data] [-timeout d] [-v]... URL
package fetchflags

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Options is what a command line asks for.
type Options struct {
	Method    string        // upper case: GET, POST...
	Header    http.Header   // from -H; never nil
	Data      string        // request body, from -d
	Timeout   time.Duration // from -timeout; always > 0
	Verbosity int           // from -v
	URL       *url.URL      // the one positional argument
}

// headers collects the -H flags.
var headers Headers

// methods are the methods -X accepts.
var methods = []string{"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}

// Headers collects repeated -H "Name: value" flags. *Headers is a flag.Value.
type Headers http.Header

// Set adds one header, "Name: value", to h.
func (h *Headers) Set(s string) error {
	// BEGIN SOLUTION
	name, value, ok := strings.Cut(s, ":")
	if !ok {
		return fmt.Errorf("header %q: want Name: value", s)
	}
	if name == "" || strings.IndexFunc(name, func(r rune) bool {
		return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '-')
	}) >= 0 {
		return fmt.Errorf("header %q: invalid name %q", s, name)
	}
	if strings.ContainsAny(value, "\r\n") {
		return fmt.Errorf("header %q: line break in the value", s)
	}
	if *h == nil {
		*h = Headers{}
	}
	http.Header(*h).Add(name, strings.Trim(value, " \t"))
	return nil
	// END SOLUTION
}

// String lists the headers as "Name: value", sorted by name, joined by ", ".
func (h Headers) String() string {
	// BEGIN SOLUTION
	var parts []string
	for _, name := range slices.Sorted(maps.Keys(h)) {
		for _, v := range h[name] {
			parts = append(parts, name+": "+v)
		}
	}
	return strings.Join(parts, ", ")
	// END SOLUTION
}

// Verbosity counts -v flags. *Verbosity is a boolean flag.Value.
type Verbosity int

// Set adds one for "true" (a bare -v), resets to 0 for "false", and stores
// a count given as -v=N.
func (v *Verbosity) Set(s string) error {
	// BEGIN SOLUTION
	switch s {
	case "true":
		*v++
		return nil
	case "false":
		*v = 0
		return nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return fmt.Errorf("want a count such as -v=2, not %q", s)
	}
	*v = Verbosity(n)
	return nil
	// END SOLUTION
}

// String returns the count in decimal.
func (v *Verbosity) String() string {
	// BEGIN SOLUTION
	return strconv.Itoa(int(*v))
	// END SOLUTION
}

// IsBoolFlag tells the flag package that -v needs no value.
func (v *Verbosity) IsBoolFlag() bool {
	// BEGIN SOLUTION
	return true
	// END SOLUTION
}

// Parse reads the arguments of fetch (without the program name). It prints
// nothing: every problem comes back as an error.
func Parse(args []string) (Options, error) {
	// BEGIN SOLUTION
	fs := flag.NewFlagSet("fetch", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	opts := Options{Method: "GET"}
	var verbosity Verbosity
	fs.Func("X", "request `method`", func(s string) error {
		m := strings.ToUpper(s)
		if !slices.Contains(methods, m) {
			return fmt.Errorf("unsupported method %q", s)
		}
		opts.Method = m
		return nil
	})
	fs.Var(&headers, "H", "add a request header `Name: value` (repeatable)")
	fs.StringVar(&opts.Data, "d", "", "send `data` as the request body")
	fs.DurationVar(&opts.Timeout, "timeout", 30*time.Second, "give up after `duration`")
	fs.Var(&verbosity, "v", "more output (repeatable)")
	if err := fs.Parse(args); err != nil {
		return Options{}, err
	}

	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	switch {
	case set["d"] && !set["X"]:
		opts.Method = "POST"
	case set["d"] && (opts.Method == "GET" || opts.Method == "HEAD"):
		return Options{}, fmt.Errorf("-d cannot be used with -X %s", opts.Method)
	}
	if opts.Timeout <= 0 {
		return Options{}, fmt.Errorf("-timeout must be positive, not %v", opts.Timeout)
	}
	switch fs.NArg() {
	case 0:
		return Options{}, errors.New("missing URL")
	case 1:
	default:
		return Options{}, fmt.Errorf("unexpected argument %q after the URL (flags go before it)", fs.Arg(1))
	}
	u, err := url.Parse(fs.Arg(0))
	if err != nil {
		return Options{}, err
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return Options{}, fmt.Errorf("%q is not an http or https URL", fs.Arg(0))
	}
	opts.URL = u
	opts.Header = http.Header(headers)
	if opts.Header == nil {
		opts.Header = http.Header{}
	}
	opts.Verbosity = int(verbosity)
	return opts, nil
	// END SOLUTION
}
