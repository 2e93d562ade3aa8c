package version

import (
	"runtime/debug"
	"strings"
)

// setting returns the value of the build setting key, and whether bi has it.
func setting(bi *debug.BuildInfo, key string) (string, bool) {
	// BEGIN SOLUTION
	for _, s := range bi.Settings {
		if s.Key == key {
			return s.Value, true
		}
	}
	return "", false
	// END SOLUTION
}

// Version returns the version a program reports: linked (set with
// -ldflags -X) when it is not blank, else what the build info says.
func Version(linked string, bi *debug.BuildInfo) string {
	// BEGIN SOLUTION
	if v := strings.TrimSpace(linked); v != "" {
		return v
	}
	if bi == nil {
		return "unknown"
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	rev, _ := setting(bi, "vcs.revision")
	if rev == "" {
		return "devel"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	v := "devel-" + rev
	if modified, _ := setting(bi, "vcs.modified"); modified == "yes" {
		v += "-dirty"
	}
	return v
	// END SOLUTION
}

// Banner returns the line a program prints when it starts, such as
// "api v1.2.3 (go1.25.3 linux/amd64)".
func Banner(linked string, bi *debug.BuildInfo) string {
	// BEGIN SOLUTION
	name := "program"
	var details []string
	if bi != nil {
		if bi.Path != "" && bi.Path != "command-line-arguments" {
			name = bi.Path[strings.LastIndex(bi.Path, "/")+1:]
		}
		if bi.GoVersion != "" {
			details = append(details, bi.GoVersion)
		}
		goos, _ := setting(bi, "GOOS")
		goarch, _ := setting(bi, "GOARCH")
		if goos != "" && goarch != "" {
			details = append(details, goos+"/"+goarch)
		}
	}
	line := name + " " + Version(linked, bi)
	if len(details) > 0 {
		line += " (" + strings.Join(details, " ") + ")"
	}
	return line
	// END SOLUTION
}
