package memreport

// Wrong solution: reads NumGC after its own runtime.GC, so GCs counts that forced collection too.

import (
	"math"
	"runtime"
	"runtime/debug"
)

// Settings are the garbage collector controls in force while the work runs.
type Settings struct {
	// GCPercent is the GOGC value, as for debug.SetGCPercent: 100 is the
	// default, a negative value turns the collector off.
	GCPercent int
	// MemoryLimit is the soft memory limit in bytes, as for
	// debug.SetMemoryLimit. 0 means no limit (math.MaxInt64).
	MemoryLimit int64
}

// Report is what Measure found out about one run of a workload.
type Report struct {
	Objects  uint64 // heap objects allocated while work ran
	Bytes    uint64 // heap bytes allocated while work ran
	GCs      uint32 // garbage collections completed while work ran
	Retained int64  // growth of the live heap: the bytes work's result keeps alive
}

// Measure runs work once with the collector set up as s says, and reports
// what it allocated, how many collections ran meanwhile, and how much memory
// its result keeps alive. It puts the previous settings back when it returns,
// even when work panics.
func Measure(s Settings, work func() any) Report {
	limit := s.MemoryLimit
	if limit == 0 {
		limit = math.MaxInt64 // the canonical "no limit"; 0 would mean "collect all the time"
	}
	// The inner calls run now and return the old values; the deferred outer
	// calls put those back, whatever happens to work.
	defer debug.SetGCPercent(debug.SetGCPercent(s.GCPercent))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(limit))

	var before, done, after runtime.MemStats
	runtime.GC() // HeapAlloc right after a collection is the live heap
	runtime.ReadMemStats(&before)
	result := work()
	runtime.ReadMemStats(&done) // before our own runtime.GC, which NumGC would count
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(result) // without it, result is garbage for that last collection
	return Report{
		Objects:  done.Mallocs - before.Mallocs,
		Bytes:    done.TotalAlloc - before.TotalAlloc,
		GCs:      after.NumGC - before.NumGC,
		Retained: int64(after.HeapAlloc) - int64(before.HeapAlloc),
	}
}
