// Package filetype tells file types apart by their first bytes, their magic.
// Packages that know a file type register it in an init function, as
// image/png registers PNG with package image; a program chooses the types it
// recognises by importing such packages, usually with blank imports.
package filetype

import (
	"errors"
	"slices"
	"strings"
	"sync"
)

// Type is a file type.
type Type struct {
	Name       string   // short name, such as "png"
	MIME       string   // media type, such as "image/png"
	Magic      string   // the bytes every file of this type starts with; '?' matches any byte
	Extensions []string // file name extensions in lower case, with the dot: ".jpg", ".jpeg"
}

// ErrUnknown is wrapped by the error Detect returns when no registered type
// matches the data.
var ErrUnknown = errors.New("filetype: unknown file type (forgotten import?)")

// The registry: the types in the order they were registered, guarded by mu.
var (
	mu    sync.RWMutex
	types []Type
)

// Register adds t to the known types; packages call it from init functions.
// Like sql.Register it panics on programming errors, so that they stop the
// program when it starts: an empty Name or Magic, or a Name registered twice.
func Register(t Type) {
	mu.Lock()
	defer mu.Unlock()
	if t.Name == "" || t.Magic == "" {
		panic("filetype: Register needs a Name and a Magic")
	}
	for _, known := range types {
		if known.Name == t.Name {
			panic("filetype: Register called twice for " + t.Name)
		}
	}
	types = append(types, t)
}

// Types returns the registered types, sorted by name.
func Types() []Type {
	mu.RLock()
	defer mu.RUnlock()
	sorted := slices.Clone(types)
	slices.SortFunc(sorted, func(a, b Type) int { return strings.Compare(a.Name, b.Name) })
	return sorted
}

// Detect returns the registered type whose Magic matches the start of data.
// When several match, the one with the longest Magic wins. When none
// matches, it returns the zero Type and an error wrapping ErrUnknown.
func Detect(data []byte) (Type, error) {
	mu.RLock()
	defer mu.RUnlock()
	var best Type
	for _, t := range types {
		if len(t.Magic) > len(best.Magic) && matches(t.Magic, data) {
			best = t
		}
	}
	if best.Name == "" {
		return Type{}, ErrUnknown
	}
	return best, nil
}

// matches reports whether data starts with magic, where a '?' in magic
// matches any byte. Data shorter than magic does not match.
func matches(magic string, data []byte) bool {
	for i := range len(magic) {
		if magic[i] != '?' && magic[i] != data[i] {
			return false
		}
	}
	return true
}
