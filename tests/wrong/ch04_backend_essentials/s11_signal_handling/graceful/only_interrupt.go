package graceful

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
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
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt)
	defer signal.Stop(sigs)

	timeout := 5 * time.Second
	if v := os.Getenv("SHUTDOWN_TIMEOUT"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			fmt.Fprintln(os.Stderr, "SHUTDOWN_TIMEOUT:", err)
			return 2
		}
		timeout = d
	}
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
	draining := make(chan struct{})
	srv.RegisterOnShutdown(func() {
		fmt.Println("draining")
		close(draining)
	})
	serveErr := make(chan error, 1)
	go func() { serveErr <- srv.Serve(ln) }()
	fmt.Println("listening on", ln.Addr())

	select {
	case err := <-serveErr:
		fmt.Fprintln(os.Stderr, err)
		return 1
	case <-sigs:
	}

	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- srv.Shutdown(ctx) }()
	select {
	case err = <-done:
	case <-sigs:
		err = errors.New("second signal")
	}
	<-draining
	if err != nil {
		fmt.Println("forced")
		srv.Close()
		return 1
	}
	fmt.Println("stopped")
	return 0
}
