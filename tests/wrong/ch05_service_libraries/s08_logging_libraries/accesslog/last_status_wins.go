package accesslog

import (
	"net/http"
	"time"

	"go.uber.org/zap"
)

// recorder wraps the handler's ResponseWriter and remembers the status code
// and the number of body bytes the handler sends.
type recorder struct {
	http.ResponseWriter
	status int // 0 until the handler calls WriteHeader or Write
	bytes  int
}

// WriteHeader records the first status code and passes every call on.
func (rec *recorder) WriteHeader(code int) {
	rec.status = code // a later, ignored WriteHeader overwrites the status sent
	rec.ResponseWriter.WriteHeader(code)
}

// Write passes p on and counts the bytes written. A Write before any
// WriteHeader sends the status 200.
func (rec *recorder) Write(p []byte) (int, error) {
	n, err := rec.ResponseWriter.Write(p)
	rec.bytes += n
	return n, err
}

// Unwrap lets http.NewResponseController reach the original writer, so that
// handlers can still Flush or set deadlines through the wrapper.
func (rec *recorder) Unwrap() http.ResponseWriter { return rec.ResponseWriter }

// Middleware logs one "request" entry per request, once next has returned,
// with the fields method, path, status, bytes and duration.
func Middleware(logger *zap.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &recorder{ResponseWriter: w}
		defer func() {
			p := recover()
			status := rec.status
			if status == 0 {
				status = http.StatusOK
			}
			if p != nil {
				status = http.StatusInternalServerError
			}
			fields := []zap.Field{
				zap.String("method", r.Method),
				zap.String("path", r.URL.Path),
				zap.Int("status", status),
				zap.Int("bytes", rec.bytes),
				zap.Duration("duration", time.Since(start)),
			}
			level := zap.InfoLevel
			switch {
			case status >= 500:
				level = zap.ErrorLevel
			case status >= 400:
				level = zap.WarnLevel
			}
			if p != nil {
				fields = append(fields, zap.Any("panic", p))
			}
			logger.Log(level, "request", fields...)
			if p != nil {
				panic(p)
			}
		}()
		next.ServeHTTP(rec, r)
	})
}
