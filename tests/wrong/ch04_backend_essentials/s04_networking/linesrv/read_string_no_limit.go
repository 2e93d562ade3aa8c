package linesrv

import (
	"bufio"
	"errors"
	"net"
	"strings"
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
		s.conns[conn] = struct{}{}
		s.handlers.Add(1)
		s.mu.Unlock()
		go func() {
			defer s.handlers.Done()
			s.serveConn(conn)
			s.mu.Lock()
			delete(s.conns, conn)
			s.mu.Unlock()
		}()
	}
}

// serveConn reads lines with ReadString: no limit on their length, and a
// last line without "\n" is dropped.
func (s *Server) serveConn(conn net.Conn) {
	defer conn.Close()
	r := bufio.NewReader(conn)
	for {
		if s.IdleTimeout > 0 {
			conn.SetReadDeadline(time.Now().Add(s.IdleTimeout))
		}
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		line = strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")
		if _, err := conn.Write([]byte(s.Handler(line) + "\n")); err != nil {
			return
		}
	}
}

// Close stops the server: its listeners and every open connection are
// closed, and Close waits until all connection goroutines have returned.
// Serve returns ErrServerClosed.
func (s *Server) Close() error {
	s.mu.Lock()
	s.closed = true
	var err error
	for ln := range s.listeners {
		err = errors.Join(err, ln.Close())
	}
	for conn := range s.conns {
		conn.Close()
	}
	s.mu.Unlock()
	s.handlers.Wait()
	return err
}
