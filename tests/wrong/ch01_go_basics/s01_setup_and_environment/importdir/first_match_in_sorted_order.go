package importdir

import "sort"

// Locate returns the folder that holds the package importPath, given the
// modules of a workspace: modules maps each module path to the module's
// folder, as written in go.work (for example "example.com/api" -> "./api").
// The folder is the module's folder, then "/" and the rest of the import
// path; for a module's root package it is the module's folder itself.
// When the paths of several modules match, the longest one wins.
// ok is false when no module provides importPath.
func Locate(modules map[string]string, importPath string) (dir string, ok bool) {
	paths := make([]string, 0, len(modules))
	for modulePath := range modules {
		paths = append(paths, modulePath)
	}
	sort.Strings(paths) // a fixed order, so the answer does not depend on map order
	for _, modulePath := range paths {
		switch {
		case importPath == modulePath:
			return modules[modulePath], true
		case len(importPath) > len(modulePath) && importPath[:len(modulePath)+1] == modulePath+"/":
			return modules[modulePath] + importPath[len(modulePath):], true
		}
	}
	return "", false
}
