package find

import (
	"io/fs"
	"path"
	"slices"
	"strings"
)

// Find returns the sorted, slash-separated paths of the files of fsys that
// match one of the include patterns and none of the exclude patterns.
// Directories that match an exclude pattern are not entered. A malformed
// pattern gives an error wrapping path.ErrBadPattern, and no paths.
func Find(fsys fs.FS, include, exclude []string) ([]string, error) {
	for _, pattern := range slices.Concat(include, exclude) {
		if _, err := path.Match(pattern, ""); err != nil { // checks the whole pattern
			return nil, err
		}
	}
	var found []string
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if name == "." {
			return nil // the root is never excluded, even by ".*"
		}
		if slices.ContainsFunc(exclude, func(p string) bool { ok, _ := path.Match(p, name); return ok }) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil // on a file, SkipDir would skip its siblings too
		}
		if !d.IsDir() && slices.ContainsFunc(include, func(p string) bool { ok, _ := path.Match(p, name); return ok }) {
			found = append(found, name)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.Sort(found) // WalkDir's order puts "a/b" before "a.txt"; sorted strings do not
	return found, nil
}

// matches reports whether name, a slash-separated path, matches pattern: a
// pattern with a slash is matched against the whole path, one without
// against the last element only. The pattern must be well formed.
func matches(pattern, name string) bool {
	if !strings.Contains(pattern, "/") {
		name = path.Base(name)
	}
	ok, _ := path.Match(pattern, name)
	return ok
}

// matchesAny reports whether name matches one of the well-formed patterns.
func matchesAny(patterns []string, name string) bool {
	return slices.ContainsFunc(patterns, func(p string) bool { return matches(p, name) })
}
