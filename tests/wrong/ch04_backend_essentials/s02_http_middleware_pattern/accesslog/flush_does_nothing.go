package accesslog

import (
	"log/slog"
	"net/http"
	"time"
)

// Middleware wraps a handler in another handler that adds behaviour before
// and/or after calling it.
type Middleware func(http.Handler) http.Handler

// Chain returns h wrapped in mws, the first one outermost: Chain(h, a, b)
// behaves like a(b(h)). Each middleware is applied once, when Chain is called.
func Chain(h http.Handler, mws ...Middleware) http.Handler {
	// BEGIN SOLUTION
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
	// END SOLUTION
}

// responseWriter wraps the ResponseWriter of one request and records the
// status code and the number of body bytes written.
type responseWriter struct {
	http.ResponseWriter
	status int   // the status sent; 0 until the headers are sent
	bytes  int64 // body bytes the underlying writer accepted
}

// WriteHeader records the first status code and passes every call on.
func (w *responseWriter) WriteHeader(code int) {
	// BEGIN SOLUTION
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
	// END SOLUTION
}

// Write writes to the underlying writer and counts the bytes it accepted.
// A Write before any WriteHeader sends the status 200.
func (w *responseWriter) Write(p []byte) (int, error) {
	// BEGIN SOLUTION
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(p)
	w.bytes += int64(n)
	return n, err
	// END SOLUTION
}

// Flush sends what has been written so far (and the headers, with status 200
// if none was set) when the underlying writer can flush.
func (w *responseWriter) Flush() {
	// BEGIN SOLUTION
	if w.status == 0 {
		w.status = http.StatusOK
	}
	// Flush is here so that the wrapper is an http.Flusher.
	// END SOLUTION
}

// Unwrap returns the underlying writer, for http.ResponseController.
func (w *responseWriter) Unwrap() http.ResponseWriter {
	// BEGIN SOLUTION
	return w.ResponseWriter
	// END SOLUTION
}

// Logger returns a middleware that logs one record per request with logger,
// after the handler it wraps has returned: message "request", level Error
// for a status of 500 or more and Info otherwise, and the attributes method,
// path, status, bytes and duration. It reads the time only from now.
func Logger(logger *slog.Logger, now func() time.Time) Middleware {
	// BEGIN SOLUTION
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			start := now()
			rw := &responseWriter{ResponseWriter: w} // one per request: handlers run concurrently
			next.ServeHTTP(rw, r)
			status := rw.status
			if status == 0 {
				status = http.StatusOK // the handler wrote nothing: net/http sends 200
			}
			level := slog.LevelInfo
			if status >= 500 {
				level = slog.LevelError
			}
			logger.LogAttrs(r.Context(), level, "request",
				slog.String("method", r.Method),
				slog.String("path", r.URL.Path),
				slog.Int("status", status),
				slog.Int64("bytes", rw.bytes),
				slog.Duration("duration", now().Sub(start)),
			)
		})
	}
	// END SOLUTION
}
