package graceful

import (
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"
)

// Handler is the service (given): GET /hello answers at once; GET /slow?ms=N
// sends "started", works for N milliseconds, then sends "finished".
func Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /hello", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "hello")
	})
	mux.HandleFunc("GET /slow", func(w http.ResponseWriter, r *http.Request) {
		ms, _ := strconv.Atoi(r.URL.Query().Get("ms"))
		fmt.Fprintln(w, "started")
		http.NewResponseController(w).Flush() // the client sees the headers and "started" now
		select {
		case <-time.After(time.Duration(ms) * time.Millisecond):
			fmt.Fprintln(w, "finished")
		case <-r.Context().Done(): // the connection was closed
		}
	})
	return mux
}

// Main runs the service until SIGINT or SIGTERM, shuts it down gracefully
// and returns the exit code.
func Main() int {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)

	addr := os.Getenv("ADDR")
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	srv := &http.Server{Handler: Handler(), ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	fmt.Println("listening on", ln.Addr())

	<-sigs
	fmt.Println("draining")
	// Close stops the server at once: requests in flight are cut.
	if err := srv.Close(); err != nil {
		fmt.Println("forced")
		return 1
	}
	fmt.Println("stopped")
	return 0
}
