package reprozip

// Wrong solution: zip.Writer.AddFS copies modification times and modes from the
// files, and adds entries for folders.

import (
	"archive/zip"
	"io"
	"io/fs"
	"time"
)

// Build writes a zip archive of fsys to w with AddFS.
func Build(w io.Writer, fsys fs.FS, mtime time.Time) error {
	zw := zip.NewWriter(w)
	if err := zw.AddFS(fsys); err != nil {
		zw.Close()
		return err
	}
	return zw.Close()
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
