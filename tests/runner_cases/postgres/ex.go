package ex

import (
	"net"
	"net/url"
	"os"
	"strings"
)

// Database names the database in GO_COURSE_POSTGRES and dials the server's unix socket.
func Database() (string, error) {
	u, err := url.Parse(os.Getenv("GO_COURSE_POSTGRES"))
	if err != nil {
		return "", err
	}
	conn, err := net.Dial("unix", u.Query().Get("host")+"/.s.PGSQL.5432")
	if err != nil {
		return "", err
	}
	conn.Close()
	return strings.TrimPrefix(u.Path, "/"), nil
}
