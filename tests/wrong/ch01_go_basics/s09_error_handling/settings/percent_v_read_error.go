package settings

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
)

// DefaultPort is the port used when there is no settings file.
const DefaultPort = 8080

// ErrBadPort means that the settings file does not hold a port number.
var ErrBadPort = errors.New("bad port")

// parsePort parses a port number in 1..65535, ignoring spaces around it.
func parsePort(text string) (int, error) {
	text = strings.TrimSpace(text)
	n, err := strconv.Atoi(text)
	if err != nil || n < 1 || n > 65535 {
		return 0, fmt.Errorf("%w: %q", ErrBadPort, text)
	}
	return n, nil
}

// Port reads the port number from the file name in fsys. A missing file
// gives DefaultPort and no error; every other problem is returned.
func Port(fsys fs.FS, name string) (int, error) {
	data, err := fs.ReadFile(fsys, name)
	if errors.Is(err, fs.ErrNotExist) {
		return DefaultPort, nil // handled: the file is optional
	}
	if err != nil {
		return 0, fmt.Errorf("settings: %v", err) // propagated, with context
	}
	port, err := parsePort(string(data))
	if err != nil {
		return 0, fmt.Errorf("settings %s: %w", name, err)
	}
	return port, nil
}
