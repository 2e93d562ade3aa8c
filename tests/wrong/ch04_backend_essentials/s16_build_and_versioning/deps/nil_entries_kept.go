package deps

import (
	"runtime/debug"
	"slices"
	"strings"
)

// Report lists the dependencies recorded in bi, one line per module, sorted
// by module path:
//
//	golang.org/x/net v0.58.0
//	example.com/lib v1.2.0 => example.com/fork v1.2.1
//	example.com/util v0.0.0-00010101000000-000000000000 => ../util (devel)
//
// It does not change bi.
func Report(bi *debug.BuildInfo) []string {
	// BEGIN SOLUTION
	if bi == nil {
		return nil
	}
	var mods []*debug.Module
	for _, m := range bi.Deps {
		mods = append(mods, m)
	}
	slices.SortFunc(mods, func(a, b *debug.Module) int { return strings.Compare(a.Path, b.Path) })
	lines := make([]string, 0, len(mods))
	for _, m := range mods {
		line := join(m.Path, m.Version)
		if r := m.Replace; r != nil {
			line += " => " + join(r.Path, r.Version)
		}
		lines = append(lines, line)
	}
	return lines
	// END SOLUTION
}

// join joins the non-empty parts with single spaces.
func join(parts ...string) string {
	// BEGIN SOLUTION
	kept := parts[:0:0]
	for _, p := range parts {
		if p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, " ")
	// END SOLUTION
}

// Effective returns the module whose code was compiled into the binary for
// the module path: the main module, a dependency, or the module that
// replaced it. The result's Replace field is nil. ok is false when bi has no
// such module.
func Effective(bi *debug.BuildInfo, path string) (mod debug.Module, ok bool) {
	// BEGIN SOLUTION
	if bi == nil || path == "" {
		return debug.Module{}, false
	}
	if bi.Main.Path == path {
		mod = bi.Main
		mod.Replace = nil
		return mod, true
	}
	for _, m := range bi.Deps {
		if m == nil || m.Path != path {
			continue
		}
		mod = *m
		if m.Replace != nil {
			mod = *m.Replace
		}
		mod.Replace = nil
		return mod, true
	}
	return debug.Module{}, false
	// END SOLUTION
}
