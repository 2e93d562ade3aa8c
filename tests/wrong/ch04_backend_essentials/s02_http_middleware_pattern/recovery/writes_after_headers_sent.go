package recovery

import (
	"log/slog"
	"net/http"
)

// sentWriter wraps the ResponseWriter of one request and remembers whether
// the headers have been sent: by WriteHeader, by Write or by Flush.
type sentWriter struct {
	http.ResponseWriter
	sent bool
}

// WriteHeader sends the status, and with it the headers.
func (w *sentWriter) WriteHeader(code int) {
	// BEGIN SOLUTION
	w.sent = true
	w.ResponseWriter.WriteHeader(code)
	// END SOLUTION
}

// Write writes to the body, sending the headers first if they were not sent.
func (w *sentWriter) Write(p []byte) (int, error) {
	// BEGIN SOLUTION
	w.sent = true
	return w.ResponseWriter.Write(p)
	// END SOLUTION
}

// Flush flushes the underlying writer, when it can.
func (w *sentWriter) Flush() {
	// BEGIN SOLUTION
	w.sent = true
	_ = http.NewResponseController(w.ResponseWriter).Flush()
	// END SOLUTION
}

// Unwrap returns the underlying writer, for http.ResponseController.
func (w *sentWriter) Unwrap() http.ResponseWriter {
	// BEGIN SOLUTION
	return w.ResponseWriter
	// END SOLUTION
}

// Recover returns a middleware that recovers from panics in next. It logs
// every panic but http.ErrAbortHandler at Error level, answers 500 Internal
// Server Error when the headers have not been sent yet, and otherwise aborts
// the response by panicking with http.ErrAbortHandler. An
// http.ErrAbortHandler panic from next goes on unchanged and is not logged.
func Recover(logger *slog.Logger) func(http.Handler) http.Handler {
	// BEGIN SOLUTION
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			sw := &sentWriter{ResponseWriter: w}
			defer func() {
				v := recover()
				if v == nil {
					return
				}
				if v == http.ErrAbortHandler {
					panic(v) // a deliberate abort: let net/http handle it quietly
				}
				logger.LogAttrs(r.Context(), slog.LevelError, "panic",
					slog.Any("panic", v),
					slog.String("method", r.Method),
					slog.String("path", r.URL.Path),
				)
				http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
			}()
			next.ServeHTTP(sw, r)
		})
	}
	// END SOLUTION
}
