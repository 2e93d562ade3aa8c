package atomicfile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// WriteFile replaces the file name with what write produces, atomically:
// a reader sees the old contents or the new, never a mix, and a failure
// leaves name as it was and no temporary file behind. A new file gets the
// permissions perm; an existing file keeps its own.
func WriteFile(name string, perm fs.FileMode, write func(w io.Writer) error) (err error) {
	mode, err := modeFor(name, perm)
	if err != nil {
		return err
	}
	tmp, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, perm)
	if err != nil {
		return err
	}
	defer tmp.Close()

	if err := write(tmp); err != nil {
		return err
	}
	if err := tmp.Chmod(mode); err != nil { // CreateTemp made it 0600; Chmod ignores the umask
		return err
	}
	if err := tmp.Sync(); err != nil { // the data is on disk before the name points to it
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return nil
}

// modeFor returns the permissions the new version of name gets: those of
// the existing file, or perm when there is none yet.
func modeFor(name string, perm fs.FileMode) (fs.FileMode, error) {
	info, err := os.Stat(name)
	if errors.Is(err, fs.ErrNotExist) {
		return perm, nil
	}
	if err != nil {
		return 0, err
	}
	return info.Mode().Perm(), nil
}

// tempPattern is the os.CreateTemp pattern for a temporary file beside
// name: hidden, and named after it, so that a leftover is easy to trace.
func tempPattern(name string) string {
	return "." + filepath.Base(name) + ".tmp-*"
}
