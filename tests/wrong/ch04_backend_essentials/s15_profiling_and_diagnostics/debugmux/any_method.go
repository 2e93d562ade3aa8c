package debugmux

// Wrong solution: registers patterns without GET, so POST and other methods are served.

import (
	"crypto/subtle"
	"fmt"
	"net"
	"net/http"
	"net/http/pprof"
	"strings"
	"time"
)

// Admin returns the handler of the admin listener: the endpoints of
// net/http/pprof under /debug/pprof/, on a mux of its own, for requests that
// carry the header "Authorization: Bearer <token>". Every other request gets
// 401 Unauthorized with a WWW-Authenticate header. An empty token lets
// nobody in.
func Admin(token string) http.Handler {
	mux := http.NewServeMux()
	// The same routes as net/http/pprof's init registers on DefaultServeMux.
	// Index serves the named profiles (/debug/pprof/heap, ...) itself.
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	want := []byte("Bearer " + token)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got := []byte(r.Header.Get("Authorization"))
		// ConstantTimeCompare of two empty slices is 1: refuse an empty token first.
		if token == "" || subtle.ConstantTimeCompare(got, want) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="debug"`)
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		mux.ServeHTTP(w, r)
	})
}

// Public returns the handler of the public listener: app, except that
// /debug/pprof and every path below /debug/pprof/ answer 404 Not Found,
// whatever app would do with them.
func Public(app http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/debug/pprof" || strings.HasPrefix(r.URL.Path, "/debug/pprof/") {
			http.NotFound(w, r)
			return
		}
		app.ServeHTTP(w, r)
	})
}

// AdminServer returns a server for Admin(token) at addr, which must be a
// host:port whose host is "localhost" or a loopback IP address, and a
// ReadHeaderTimeout. Any other address is an error.
func AdminServer(addr, token string) (*http.Server, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("admin address: %w", err)
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return nil, fmt.Errorf("admin address %q: the host must be localhost or a loopback address", addr)
	}
	return &http.Server{
		Addr:              addr,
		Handler:           Admin(token),
		ReadHeaderTimeout: 5 * time.Second,
	}, nil
}
