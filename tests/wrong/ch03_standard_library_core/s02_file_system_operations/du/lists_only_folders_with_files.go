package du

import (
	"io/fs"
	"slices"
	"strings"
)

// Usage is what the regular files under one top-level entry of a file
// system add up to.
type Usage struct {
	Name  string // a top-level directory, or "." for the files at the root
	Files int    // how many regular files
	Bytes int64  // their total size
}

// Summarize adds up the regular files of fsys per top-level directory,
// sorted by name. Directories whose base name is in skip are not entered.
// When the walk meets an error, Summarize returns it and no usage.
func Summarize(fsys fs.FS, skip []string) ([]Usage, error) {
	totals := map[string]*Usage{}
	add := func(top string) *Usage {
		if totals[top] == nil {
			totals[top] = &Usage{Name: top}
		}
		return totals[top]
	}
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err // a folder that cannot be read: stop and report it
		}
		if name == "." {
			return nil // the root is never skipped
		}
		if d.IsDir() {
			if slices.Contains(skip, d.Name()) {
				return fs.SkipDir // only ever for a directory: on a file it would skip its siblings
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil // a symlink, a socket, a device: not a file's contents
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		u := add(topLevel(name))
		u.Files++
		u.Bytes += info.Size()
		return nil
	})
	if err != nil {
		return nil, err
	}
	usages := make([]Usage, 0, len(totals))
	for _, u := range totals {
		usages = append(usages, *u)
	}
	sortByName(usages)
	return usages, nil
}

// topLevel returns the top-level entry a slash-separated path belongs to:
// "src/app/main.go" gives "src", and "README.md", a file at the root, gives ".".
func topLevel(name string) string {
	top, _, nested := strings.Cut(name, "/")
	if !nested {
		return "."
	}
	return top
}

// sortByName sorts usages by Name.
func sortByName(usages []Usage) {
	slices.SortFunc(usages, func(a, b Usage) int { return strings.Compare(a.Name, b.Name) })
}
