package logfmt

import (
	"context"
	"io"
	"log/slog"
	"slices"
	"strconv"
	"sync"
	"time"
	"unicode"
)

// Handler writes each record as one logfmt line:
//
//	time=2025-06-01T10:00:00.5Z level=INFO msg="user created" user.id=7 user.name=ann
type Handler struct {
	w      io.Writer
	mu     *sync.Mutex  // one lock per writer, shared by every handler derived from one New
	level  slog.Leveler // the minimum level; never nil
	prefix string       // the open groups, each followed by a dot: "req.headers."
	attrs  []byte       // attributes from WithAttrs, formatted, each preceded by a space
}

// New returns a Handler that writes to w the records at or above level
// (slog.LevelInfo when level is nil).
func New(w io.Writer, level slog.Leveler) *Handler {
	if level == nil {
		level = slog.LevelInfo
	}
	return &Handler{w: w, mu: new(sync.Mutex), level: level}
}

// appendString appends s to b, quoted with strconv.Quote when s is empty or
// has a space, '=', '"' or a character that is not printable.
func appendString(b []byte, s string) []byte {
	needsQuotes := s == ""
	for _, r := range s {
		if r == '=' || r == '"' || unicode.IsSpace(r) || !unicode.IsPrint(r) {
			needsQuotes = true
			break
		}
	}
	if needsQuotes {
		return strconv.AppendQuote(b, s)
	}
	return append(b, s...)
}

// appendAttr appends a to b as " key=value", the key prefixed by prefix;
// a group's attributes are appended one by one, their keys prefixed by the
// group's name and a dot. It follows the rules of slog.Handler.Handle.
func appendAttr(b []byte, prefix string, a slog.Attr) []byte {
	a.Value = a.Value.Resolve()
	if a.Equal(slog.Attr{}) {
		return b
	}
	switch a.Value.Kind() {
	case slog.KindGroup:
		if a.Key != "" { // a group with an empty key is inlined
			prefix += a.Key + "."
		}
		for _, ga := range a.Value.Group() { // an empty group adds nothing
			b = appendAttr(b, prefix, ga)
		}
		return b
	case slog.KindTime:
		b = append(b, ' ')
		b = appendString(b, prefix+a.Key)
		b = append(b, '=')
		return appendString(b, a.Value.Time().Format(time.RFC3339Nano))
	default:
		b = append(b, ' ')
		b = appendString(b, prefix+a.Key)
		b = append(b, '=')
		return appendString(b, a.Value.String())
	}
}

// Enabled reports whether level is at or above the handler's minimum level.
func (h *Handler) Enabled(_ context.Context, level slog.Level) bool {
	return level >= h.level.Level()
}

// Handle writes r as one line, with a single Write call.
func (h *Handler) Handle(_ context.Context, r slog.Record) error {
	buf := make([]byte, 0, 256)
	if !r.Time.IsZero() {
		buf = append(buf, "time="...)
		buf = r.Time.AppendFormat(buf, time.RFC3339Nano)
		buf = append(buf, ' ')
	}
	buf = append(buf, "level="...)
	buf = append(buf, r.Level.String()...)
	buf = append(buf, " msg="...)
	buf = appendString(buf, r.Message)
	buf = append(buf, h.attrs...)
	r.Attrs(func(a slog.Attr) bool {
		buf = appendAttr(buf, h.prefix, a)
		return true
	})
	buf = append(buf, '\n')
	h.mu.Lock()
	defer h.mu.Unlock()
	_, err := h.w.Write(buf)
	return err
}

// WithAttrs returns a handler that also writes attrs, inside the groups
// opened so far, on every line. It leaves h unchanged.
func (h *Handler) WithAttrs(attrs []slog.Attr) slog.Handler {
	h2 := *h
	h2.mu = new(sync.Mutex)
	// Clip: appending must copy, never write into an array that h and the
	// other handlers derived from it share.
	h2.attrs = slices.Clip(h.attrs)
	for _, a := range attrs {
		h2.attrs = appendAttr(h2.attrs, h.prefix, a)
	}
	return &h2
}

// WithGroup returns a handler that puts the attributes added later (by
// WithAttrs or in records) into the group name. It leaves h unchanged.
func (h *Handler) WithGroup(name string) slog.Handler {
	if name == "" {
		return h
	}
	h2 := *h
	h2.mu = new(sync.Mutex)
	h2.prefix = h.prefix + name + "."
	return &h2
}
