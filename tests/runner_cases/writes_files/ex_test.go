package ex

import (
	"os"
	"strings"
	"testing"
)

func TestSave(t *testing.T) {
	path := Save("hi")
	wd, _ := os.Getwd()
	if !strings.HasPrefix(path, wd) {
		t.Fatalf("temporary file %s is outside the work folder %s", path, wd)
	}
}
