package reprozip

// Wrong solution: ignores the error of Close, which is where buffered write errors appear.

import (
	"archive/zip"
	"io"
	"io/fs"
	"maps"
	"slices"
	"time"
)

// Build writes to w a zip archive of the regular files of fsys that is the
// same, byte for byte, whenever the files have the same names, contents and
// executable bits: one entry per file, sorted by name, Deflated, dated
// mtime, with mode 0755 when the file has an execute bit and 0644 otherwise.
func Build(w io.Writer, fsys fs.FS, mtime time.Time) error {
	modes := map[string]fs.FileMode{}
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.Type().IsRegular() {
			return nil // folders, symlinks and other special files get no entry
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		modes[name] = 0o644
		if info.Mode()&0o111 != 0 {
			modes[name] = 0o755
		}
		return nil
	})
	if err != nil {
		return err
	}

	zw := zip.NewWriter(w)
	// Sorted by the whole name: not WalkDir's order, which puts "a/x" before "a-b".
	for _, name := range slices.Sorted(maps.Keys(modes)) {
		h := &zip.FileHeader{Name: name, Method: zip.Deflate, Modified: mtime}
		h.SetMode(modes[name])
		if err := addFile(zw, h, fsys); err != nil {
			zw.Close()
			return err
		}
	}
	zw.Close()
	return nil
}

// addFile writes an entry with header h holding the file h.Name of fsys.
func addFile(zw *zip.Writer, h *zip.FileHeader, fsys fs.FS) error {
	w, err := zw.CreateHeader(h)
	if err != nil {
		return err
	}
	f, err := fsys.Open(h.Name)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(w, f)
	return err
}
