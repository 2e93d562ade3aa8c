package reload

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"
	"time"
)

// Config is the service's configuration, read from a JSON file such as
// {"greeting": "hello"}.
type Config struct {
	Greeting string `json:"greeting"`
}

// Load reads and checks a configuration file (given).
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var c Config
	if err := json.Unmarshal(data, &c); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if c.Greeting == "" {
		return nil, fmt.Errorf("%s: no greeting", path)
	}
	return &c, nil
}

// Main runs the service: it serves the greeting of the configuration file
// named by $CONFIG, reloads the file on SIGHUP and stops on SIGINT or SIGTERM.
func Main() int {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGHUP, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sigs)

	path := os.Getenv("CONFIG")
	cfg, err := Load(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	var current atomic.Pointer[Config]
	current.Store(cfg)

	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		if cfg, err := Load(path); err == nil {
			current.Store(cfg)
		}
		fmt.Fprintln(w, current.Load().Greeting)
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	fmt.Println("listening on", ln.Addr())

	for s := range sigs {
		if s != syscall.SIGHUP {
			break
		}
		cfg, err := Load(path)
		if err != nil {
			fmt.Println("reload failed:", err)
			continue
		}
		current.Store(cfg)
		fmt.Println("reloaded:", cfg.Greeting)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(ctx); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Println("stopped")
	return 0
}
