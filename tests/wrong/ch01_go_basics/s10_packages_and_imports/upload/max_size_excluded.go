// Package upload checks uploaded files before they are stored. It accepts
// images only: the blank import below registers the image types, and no
// package registers any other, so every other file is of an unknown type.
package upload

import (
	"errors"
	"path"
	"strings"

	"gocourse/ch01/filetype"
	_ "gocourse/ch01/filetype/imagetypes" // registers gif, jpeg, png and webp
)

// MaxSize is the size of the largest upload accepted, in bytes (1 MiB).
const MaxSize = 1 << 20

var (
	// ErrEmpty is the error for an upload without data.
	ErrEmpty = errors.New("upload: empty file")
	// ErrTooLarge is the error for an upload of more than MaxSize bytes.
	ErrTooLarge = errors.New("upload: file larger than 1 MiB")
	// ErrMismatch is the error for a file whose name does not fit its contents.
	ErrMismatch = errors.New("upload: file name does not match the contents")
)

// Accepted returns the file types an upload may have, sorted by name.
func Accepted() []filetype.Type {
	return filetype.Types()
}

// extension returns the extension of a file name in lower case, with the
// dot: ".png" for "Cat.PNG", "" for "README".
func extension(name string) string {
	return strings.ToLower(path.Ext(name))
}

// Check returns the type of an uploaded file called name holding data. It
// returns the zero Type and ErrEmpty for no data, ErrTooLarge for more than
// MaxSize bytes, Detect's error for data of an unknown type, and ErrMismatch
// when the name's extension is not one of the type's Extensions.
func Check(name string, data []byte) (filetype.Type, error) {
	switch {
	case len(data) == 0:
		return filetype.Type{}, ErrEmpty
	case len(data) >= MaxSize:
		return filetype.Type{}, ErrTooLarge
	}
	t, err := filetype.Detect(data)
	if err != nil {
		return filetype.Type{}, err
	}
	ext := extension(name)
	for _, allowed := range t.Extensions {
		if ext == allowed {
			return t, nil
		}
	}
	return filetype.Type{}, ErrMismatch
}
