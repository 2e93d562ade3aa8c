package gzipmw

// Wrong solution: looks for the substring gzip, so gzip;q=0 and gzipped count as yes.

import (
	"bytes"
	"compress/gzip"
	"net/http"
	"strconv"
	"strings"
)

// AcceptsGzip reports whether a request's Accept-Encoding header value allows
// a gzip-encoded response.
func AcceptsGzip(acceptEncoding string) bool {
	return strings.Contains(strings.ToLower(acceptEncoding), "gzip")
}

// Middleware returns a handler that calls next and sends its response gzipped
// when the request accepts gzip and the body has at least minSize bytes.
func Middleware(next http.Handler, minSize int) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &recorder{header: w.Header(), status: http.StatusOK}
		next.ServeHTTP(rec, r)

		h := w.Header()
		h.Add("Vary", "Accept-Encoding")
		body := rec.body.Bytes()
		if len(body) == 0 || len(body) < minSize || h.Get("Content-Encoding") != "" ||
			!AcceptsGzip(r.Header.Get("Accept-Encoding")) {
			w.WriteHeader(rec.status)
			w.Write(body)
			return
		}
		var gz bytes.Buffer
		zw := gzip.NewWriter(&gz)
		zw.Write(body)
		if err := zw.Close(); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		h.Set("Content-Encoding", "gzip")
		h.Set("Content-Length", strconv.Itoa(gz.Len()))
		w.WriteHeader(rec.status)
		w.Write(gz.Bytes())
	})
}

// recorder is an http.ResponseWriter that keeps the status and the body
// instead of sending them. Its headers are those of the real response.
type recorder struct {
	header      http.Header
	status      int
	wroteHeader bool
	body        bytes.Buffer
}

func (r *recorder) Header() http.Header { return r.header }

func (r *recorder) WriteHeader(status int) {
	if !r.wroteHeader {
		r.status, r.wroteHeader = status, true
	}
}

func (r *recorder) Write(p []byte) (int, error) {
	r.wroteHeader = true
	return r.body.Write(p)
}
