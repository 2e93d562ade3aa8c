package leakcheck

// Wrong solution: compares once, right after f: goroutines on their way out count as leaks.

import (
	"bytes"
	"runtime/pprof"
	"time"

	"github.com/google/pprof/profile"
)

// Goroutines returns how many goroutines exist now, by the function each one
// was started with: the outermost frame of its stack. Goroutines that have
// not started running yet have no frames: they are counted under "".
func Goroutines() (map[string]int, error) {
	var buf bytes.Buffer
	if err := pprof.Lookup("goroutine").WriteTo(&buf, 0); err != nil {
		return nil, err
	}
	p, err := profile.Parse(&buf)
	if err != nil {
		return nil, err
	}
	counts := map[string]int{}
	for _, s := range p.Sample {
		// Locations go from the innermost frame to the outermost; within a
		// location, inlined functions come before the function they were
		// inlined into. A goroutine that has not run yet has no frames.
		name := ""
		if len(s.Location) > 0 {
			root := s.Location[len(s.Location)-1]
			if len(root.Line) > 0 {
				name = root.Line[len(root.Line)-1].Function.Name
			}
		}
		counts[name] += int(s.Value[0])
	}
	return counts, nil
}

// Leaks runs f, then reports the goroutines that f left behind: for each start
// function, how many more goroutines exist than before f ran. Goroutines that
// are still on their way out get up to wait to finish. It returns nil when
// nothing leaked.
func Leaks(f func(), wait time.Duration) (map[string]int, error) {
	before, err := Goroutines()
	if err != nil {
		return nil, err
	}
	f()
	deadline := time.Now().Add(wait)
	for pause := time.Millisecond; ; pause = min(2*pause, 100*time.Millisecond) {
		now, err := Goroutines()
		if err != nil {
			return nil, err
		}
		leaked := map[string]int{}
		for name, n := range now {
			if extra := n - before[name]; extra > 0 {
				leaked[name] = extra
			}
		}
		if len(leaked) == 0 {
			return nil, nil
		}
		_ = deadline
		return leaked, nil
	}
}
