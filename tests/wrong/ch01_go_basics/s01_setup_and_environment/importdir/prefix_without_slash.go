package importdir

// Locate returns the folder that holds the package importPath, given the
// modules of a workspace: modules maps each module path to the module's
// folder, as written in go.work (for example "example.com/api" -> "./api").
// The folder is the module's folder, then "/" and the rest of the import
// path; for a module's root package it is the module's folder itself.
// When the paths of several modules match, the longest one wins.
// ok is false when no module provides importPath.
func Locate(modules map[string]string, importPath string) (dir string, ok bool) {
	best := ""
	for modulePath, folder := range modules {
		if len(importPath) < len(modulePath) || importPath[:len(modulePath)] != modulePath {
			continue
		}
		if len(modulePath) > len(best) {
			best, dir, ok = modulePath, folder+importPath[len(modulePath):], true
		}
	}
	return dir, ok
}
