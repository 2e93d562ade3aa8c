package untar

// Wrong solution: silently skips hard links, devices and FIFOs.

import (
	"archive/tar"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

var (
	// ErrUnsafe is wrapped by the error for an entry that would write
	// outside the folder, or through a symlink.
	ErrUnsafe = errors.New("unsafe archive entry")
	// ErrTooLarge is wrapped by the error for an archive whose files hold
	// more bytes in all than the limit.
	ErrTooLarge = errors.New("archive too large")
)

// Extract unpacks the gzip-compressed tar archive read from r into the
// existing folder dir. It refuses entries that would leave dir (ErrUnsafe),
// stops when the files would hold more than limit bytes in all
// (ErrTooLarge), creates regular files with the permission bits of their
// header, and reports hard links, devices and FIFOs as errors.ErrUnsupported.
func Extract(r io.Reader, dir string, limit int64) error {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return err
	}
	defer zr.Close()
	root, err := os.OpenRoot(dir)
	if err != nil {
		return err
	}
	defer root.Close()

	tr := tar.NewReader(zr)
	var total int64
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			return nil // the end of the archive
		}
		if err != nil {
			return err // damaged or truncated: not the end
		}
		if hdr.Typeflag == tar.TypeXGlobalHeader {
			continue // metadata for the archive, not a file
		}
		name := strings.TrimSuffix(hdr.Name, "/")
		if !filepath.IsLocal(name) {
			return unsafeEntry(hdr.Name, "leaves the folder")
		}
		name = path.Clean(name)
		if err := noSymlinkOnTheWay(root, name); err != nil {
			return err
		}
		switch hdr.Typeflag {
		case tar.TypeDir:
			if err := root.MkdirAll(name, 0o755); err != nil {
				return err
			}
		case tar.TypeReg:
			if total += hdr.Size; total > limit { // tar.Reader delivers exactly Size bytes
				return fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
			}
			if err := writeFile(root, name, tr, hdr.FileInfo().Mode().Perm()); err != nil {
				return err
			}
		case tar.TypeSymlink:
			target := hdr.Linkname
			if path.IsAbs(target) || !filepath.IsLocal(path.Join(path.Dir(name), target)) {
				return unsafeEntry(hdr.Name, "is a symlink to "+target)
			}
			if err := root.MkdirAll(path.Dir(name), 0o755); err != nil {
				return err
			}
			if err := root.Symlink(target, name); err != nil {
				return err
			}
		default:
			continue // silently skipped
		}
	}
}

// unsafeEntry returns the error for an entry that must not be extracted.
func unsafeEntry(name, why string) error {
	return fmt.Errorf("%w: %q %s", ErrUnsafe, name, why)
}

// noSymlinkOnTheWay returns an ErrUnsafe error when name, or one of the
// folders on its way ("a" and "a/b" for "a/b/c"), is a symlink inside root.
func noSymlinkOnTheWay(root *os.Root, name string) error {
	for i := range len(name) + 1 {
		if i < len(name) && name[i] != '/' {
			continue
		}
		info, err := root.Lstat(name[:i])
		if errors.Is(err, fs.ErrNotExist) {
			return nil // nothing further down exists either
		}
		if err != nil {
			return err
		}
		if info.Mode()&fs.ModeSymlink != 0 {
			return unsafeEntry(name, "goes through the symlink "+name[:i])
		}
	}
	return nil
}

// writeFile creates (or replaces) the file name inside root with the
// contents of r and exactly the permission bits perm, whatever the umask.
func writeFile(root *os.Root, name string, r io.Reader, perm fs.FileMode) error {
	if err := root.MkdirAll(path.Dir(name), 0o755); err != nil {
		return err
	}
	f, err := root.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(f, r); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return root.Chmod(name, perm) // OpenFile's mode is filtered by the umask
}
