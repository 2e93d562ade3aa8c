package linesrv

import (
	"bufio"
	"errors"
	"net"
	"sync"
	"time"
)

// ErrServerClosed is returned by Serve after Close.
var ErrServerClosed = errors.New("linesrv: server closed")

// MaxLine is the longest line the server accepts, without its line ending.
const MaxLine = 4096

// Server answers every line a client sends with Handler(line).
type Server struct {
	Handler     func(line string) string
	IdleTimeout time.Duration // close a connection that sends no line for this long; 0: never

	mu        sync.Mutex
	listeners map[net.Listener]struct{}
	conns     map[net.Conn]struct{}
	closed    bool
	handlers  sync.WaitGroup
}

// Serve accepts connections on ln and serves each in its own goroutine. It
// returns ErrServerClosed after Close, or the error that made Accept fail.
// Serve closes ln before it returns.
func (s *Server) Serve(ln net.Listener) error {
	// BEGIN SOLUTION
	defer ln.Close()
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return ErrServerClosed
	}
	if s.listeners == nil {
		s.listeners = make(map[net.Listener]struct{})
		s.conns = make(map[net.Conn]struct{})
	}
	s.listeners[ln] = struct{}{}
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.listeners, ln)
		s.mu.Unlock()
	}()

	for {
		conn, err := ln.Accept()
		s.mu.Lock()
		if s.closed {
			s.mu.Unlock()
			if conn != nil {
				conn.Close()
			}
			return ErrServerClosed
		}
		if err != nil {
			s.mu.Unlock()
			return err
		}
		// Registered under the lock, before Close can look: Close either
		// sees this connection or has not set closed yet.
		s.conns[conn] = struct{}{}
		s.handlers.Add(1)
		s.mu.Unlock()
		go func() {
			defer s.handlers.Done()
			defer func() {
				s.mu.Lock()
				delete(s.conns, conn)
				s.mu.Unlock()
			}()
			s.serveConn(conn)
		}()
	}
	// END SOLUTION
}

// serveConn answers the lines of one connection until the client stops
// sending, is idle for too long, sends a line that is too long, or the
// connection fails; then it closes the connection.
func (s *Server) serveConn(conn net.Conn) {
	// BEGIN SOLUTION
	defer conn.Close()
	sc := bufio.NewScanner(conn)
	sc.Buffer(make([]byte, 0, 512), MaxLine+2) // room for "\r\n"
	w := bufio.NewWriter(conn)
	for {
		if s.IdleTimeout > 0 {
			// A new deadline for every line: the limit is on idleness,
			// not on the length of the whole conversation.
			conn.SetReadDeadline(time.Now().Add(s.IdleTimeout))
		}
		if !sc.Scan() {
			return // EOF, timeout, line too long, or closed by Close
		}
		line := sc.Text() // ScanLines has removed "\n" and one "\r" before it
		if len(line) > MaxLine {
			return
		}
		w.WriteString(s.Handler(line))
		w.WriteByte('\n')
		if err := w.Flush(); err != nil {
			return
		}
	}
	// END SOLUTION
}

// Close stops the server: its listeners and every open connection are
// closed, and Close waits until all connection goroutines have returned.
// Serve returns ErrServerClosed.
func (s *Server) Close() error {
	// BEGIN SOLUTION
	s.mu.Lock()
	s.closed = true
	var err error
	for ln := range s.listeners {
		err = errors.Join(err, ln.Close())
	}
	for conn := range s.conns {
		conn.Close() // wakes up its goroutine, blocked in Read
	}
	s.mu.Unlock()
	return err
	// END SOLUTION
}
