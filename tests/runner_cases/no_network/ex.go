package ex

import (
	"net"
	"time"
)

// Dial reports whether a TCP connection to addr succeeds.
func Dial(addr string) bool {
	conn, err := net.DialTimeout("tcp", addr, 2*time.Second)
	if err != nil {
		return false
	}
	conn.Close()
	return true
}
