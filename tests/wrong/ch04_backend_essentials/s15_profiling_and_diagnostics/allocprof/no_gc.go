package allocprof

// Wrong solution: writes the profile without runtime.GC: allocations since the last collection are not in it yet.

import (
	"cmp"
	"io"
	"runtime"
	"runtime/pprof"
	"slices"

	"github.com/google/pprof/profile"
)

// Capture runs work with every heap allocation recorded (MemProfileRate 1),
// then writes the allocs profile to w in the gzipped protocol buffer format
// (debug=0). It puts the old MemProfileRate back before it returns.
func Capture(w io.Writer, work func()) error {
	old := runtime.MemProfileRate
	runtime.MemProfileRate = 1
	// Deferred, so it runs after WriteTo: the profile is scaled with the rate
	// in force when it is written.
	defer func() { runtime.MemProfileRate = old }()
	work()
	return pprof.Lookup("allocs").WriteTo(w, 0)
}

// Entry is one function's share of a profile.
type Entry struct {
	Function string // the full name, such as "net/http.(*conn).serve"
	Value    int64  // the flat value: samples whose innermost frame is this function
}

// Top reads a profile (as Capture or any pprof tool writes it) and returns the
// n functions with the largest flat value of the named sample type
// ("alloc_space", "inuse_objects", ...; "" means the profile's default),
// largest first, ties in order of function name. n <= 0 means all of them.
// Functions whose flat value is 0 are left out.
func Top(r io.Reader, sampleType string, n int) ([]Entry, error) {
	p, err := profile.Parse(r)
	if err != nil {
		return nil, err
	}
	index, err := p.SampleIndexByName(sampleType)
	if err != nil {
		return nil, err
	}
	flat := map[string]int64{}
	for _, s := range p.Sample {
		// Location[0] is the innermost frame; its Line[0] the innermost of
		// the functions inlined at that address.
		if len(s.Location) == 0 || len(s.Location[0].Line) == 0 {
			continue
		}
		flat[s.Location[0].Line[0].Function.Name] += s.Value[index]
	}
	var top []Entry
	for name, value := range flat {
		if value != 0 {
			top = append(top, Entry{name, value})
		}
	}
	slices.SortFunc(top, func(a, b Entry) int {
		return cmp.Or(cmp.Compare(b.Value, a.Value), cmp.Compare(a.Function, b.Function))
	})
	if n > 0 && len(top) > n {
		top = top[:n]
	}
	return top, nil
}
