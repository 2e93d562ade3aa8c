package ex

import (
	"strings"
	"testing"
)

// The engine starts PostgreSQL because this exercise reads GO_COURSE_POSTGRES,
// and gives each run a fresh database reachable inside the network sandbox.
func TestFreshDatabaseOnUnixSocket(t *testing.T) {
	name, err := Database()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(name, "ex_ex_") {
		t.Fatalf("database %q, want ex_ex_N", name)
	}
}
