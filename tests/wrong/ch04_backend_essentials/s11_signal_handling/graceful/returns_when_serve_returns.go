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
	draining := make(chan struct{})
	srv.RegisterOnShutdown(func() {
		fmt.Println("draining")
		close(draining)
	})
	go func() {
		<-sigs
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	}()
	fmt.Println("listening on", ln.Addr())

	// Serve returns ErrServerClosed as soon as Shutdown starts, not when it
	// has finished: returning now cuts the requests in flight.
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	<-draining
	fmt.Println("stopped")
	return 0
}
