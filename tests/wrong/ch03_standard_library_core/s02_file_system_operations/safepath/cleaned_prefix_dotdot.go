package safepath

import (
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// ErrUnsafe is wrapped by the errors for names that would leave their folder.
var ErrUnsafe = errors.New("unsafe path")

// Local returns the slash-separated relative name cleaned ("a/./b/../c"
// gives "a/c"), or "" and an error wrapping ErrUnsafe when name is empty,
// absolute, holds a backslash or a NUL byte, or climbs out with "..".
func Local(name string) (string, error) {
	clean := path.Clean(name)
	if name == "" || path.IsAbs(name) || strings.HasPrefix(clean, "..") || forbiddenChars(name) {
		return "", unsafeName(name)
	}
	return clean, nil
}

// File is one entry of an archive: a slash-separated name and its contents.
type File struct {
	Name string
	Data []byte
}

// Extract writes files into the existing folder dir. It checks every name
// with Local first and writes nothing when one is unsafe. Then it writes
// them in order through an os.Root, so that a symlink inside dir cannot
// lead a write out of it, and returns the first error.
func Extract(dir string, files []File) error {
	names := make([]string, len(files))
	for i, f := range files {
		name, err := Local(f.Name)
		if err != nil {
			return err // before anything is written
		}
		names[i] = name // os.Root resolves "a/../b" only if a exists: use the clean name
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return err
	}
	defer root.Close()
	for i, f := range files {
		if err := writeFile(root, names[i], f.Data); err != nil {
			return err
		}
	}
	return nil
}

// Join joins the slash-separated name onto the folder dir, like
// filepath.Join, or fails like Local.
func Join(dir, name string) (string, error) {
	clean, err := Local(name)
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, filepath.FromSlash(clean)), nil
}

// forbiddenChars reports whether name holds a backslash, a separator on
// Windows (so "..\..\x" climbs out there), or a NUL byte, which no system
// call accepts in a name.
func forbiddenChars(name string) bool {
	return strings.ContainsAny(name, `\`+"\x00")
}

// unsafeName is the error for a name that must not be used.
func unsafeName(name string) error {
	return fmt.Errorf("%w: %q", ErrUnsafe, name)
}

// writeFile writes data to the clean, slash-separated name inside root
// (mode 0644), creating the folders it needs (mode 0755).
func writeFile(root *os.Root, name string, data []byte) error {
	if err := root.MkdirAll(path.Dir(name), 0o755); err != nil {
		return err
	}
	return root.WriteFile(name, data, 0o644)
}
