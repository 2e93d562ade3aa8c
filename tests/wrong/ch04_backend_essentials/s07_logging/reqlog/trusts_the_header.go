package reqlog

import (
	"context"
	"log/slog"
	"net/http"
)

// attrsKey is the context key of the attributes: an unexported type, so no
// other package can read or overwrite them by accident.
type attrsKey struct{}

// WithAttrs returns a context that carries the attributes ctx carries, then
// attrs. Contexts derived from the same parent are independent, and the
// caller may reuse its attrs slice afterwards.
func WithAttrs(ctx context.Context, attrs ...slog.Attr) context.Context {
	old, _ := ctx.Value(attrsKey{}).([]slog.Attr)
	// A new array every time: appending to old could write into an array
	// that other contexts derived from the same parent share.
	all := make([]slog.Attr, 0, len(old)+len(attrs))
	all = append(append(all, old...), attrs...)
	return context.WithValue(ctx, attrsKey{}, all)
}

// Attrs returns a copy of the attributes ctx carries, oldest first (nil when
// there are none).
func Attrs(ctx context.Context) []slog.Attr {
	attrs, _ := ctx.Value(attrsKey{}).([]slog.Attr)
	if len(attrs) == 0 {
		return nil
	}
	return append([]slog.Attr(nil), attrs...)
}

// Handler adds the attributes of the context given to a Logger's ...Context
// methods to every record, after the record's own attributes, then passes
// the record to the handler it wraps.
type Handler struct {
	next slog.Handler
}

// NewHandler returns a Handler that wraps next.
func NewHandler(next slog.Handler) *Handler {
	return &Handler{next: next}
}

// Enabled reports whether the wrapped handler takes records of this level.
func (h *Handler) Enabled(ctx context.Context, level slog.Level) bool {
	return h.next.Enabled(ctx, level)
}

// Handle adds the context's attributes to r and passes it on.
func (h *Handler) Handle(ctx context.Context, r slog.Record) error {
	if attrs, _ := ctx.Value(attrsKey{}).([]slog.Attr); len(attrs) > 0 {
		r = r.Clone()
		r.AddAttrs(attrs...)
	}
	return h.next.Handle(ctx, r)
}

// WithAttrs returns a Handler that wraps the wrapped handler with attrs.
func (h *Handler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return &Handler{next: h.next.WithAttrs(attrs)}
}

// WithGroup returns a Handler that wraps the wrapped handler with the group.
func (h *Handler) WithGroup(name string) slog.Handler {
	return &Handler{next: h.next.WithGroup(name)}
}

// Middleware gives every request an ID and puts request_id, method and path
// attributes into its context. The ID is the request's X-Request-Id header
// when that is 1 to 64 ASCII letters, digits, '-' or '_', and newID()
// otherwise; the response's X-Request-Id header is set to it.
func Middleware(newID func() string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Request-Id")
		if id == "" {
			id = newID()
		}
		w.Header().Set("X-Request-Id", id)
		ctx := WithAttrs(r.Context(),
			slog.String("request_id", id),
			slog.String("method", r.Method),
			slog.String("path", r.URL.Path))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// validID reports whether a client's request ID is safe to use.
func validID(id string) bool {
	if len(id) == 0 || len(id) > 64 {
		return false
	}
	for _, c := range []byte(id) {
		ok := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_'
		if !ok {
			return false
		}
	}
	return true
}
