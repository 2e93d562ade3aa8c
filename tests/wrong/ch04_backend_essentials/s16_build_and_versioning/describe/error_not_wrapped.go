package describe

import (
	"debug/buildinfo"
	"fmt"
	"strings"
)

// Info is what Describe learns about a Go binary.
type Info struct {
	GoVersion string            // the toolchain that built it: "go1.25.3"
	Path      string            // the main package: "example.com/tool/cmd/tool"
	Module    string            // the main module: "example.com/tool"
	Version   string            // the main module's version: "v1.2.3", "(devel)"
	Settings  map[string]string // every build setting, by key
	Vars      map[string]string // the -X assignments in -ldflags: "main.version" -> "1.2.3"
}

// Describe reads the build information of the Go binary at path.
func Describe(path string) (Info, error) {
	// BEGIN SOLUTION
	bi, err := buildinfo.ReadFile(path)
	if err != nil {
		return Info{}, fmt.Errorf("describe %s: %v", path, err)
	}
	info := Info{
		GoVersion: bi.GoVersion,
		Path:      bi.Path,
		Module:    bi.Main.Path,
		Version:   bi.Main.Version,
		Settings:  make(map[string]string, len(bi.Settings)),
		Vars:      map[string]string{},
	}
	for _, s := range bi.Settings {
		info.Settings[s.Key] = s.Value
	}
	if ldflags, ok := info.Settings["-ldflags"]; ok {
		vars, err := linkerVars(ldflags)
		if err != nil {
			return Info{}, fmt.Errorf("describe %s: %w", path, err)
		}
		info.Vars = vars
	}
	return info, nil
	// END SOLUTION
}

// splitFields splits a flag list the way the go command does: fields are
// separated by spaces, tabs, carriage returns or newlines, and a field that
// starts with a single or a double quote runs to the next such quote, with
// the quotes removed.
func splitFields(s string) ([]string, error) {
	// BEGIN SOLUTION
	var fields []string
	for {
		s = strings.TrimLeft(s, " \t\r\n")
		if s == "" {
			return fields, nil
		}
		if q := s[0]; q == '"' || q == '\'' {
			end := strings.IndexByte(s[1:], q)
			if end < 0 {
				return nil, fmt.Errorf("unterminated %c string", q)
			}
			fields = append(fields, s[1:1+end])
			s = s[end+2:]
			continue
		}
		end := strings.IndexAny(s, " \t\r\n")
		if end < 0 {
			end = len(s)
		}
		fields = append(fields, s[:end])
		s = s[end:]
	}
	// END SOLUTION
}

// linkerVars returns the variables that the linker flags ldflags set with
// -X: the key is importpath.name, the value what it is set to.
func linkerVars(ldflags string) (map[string]string, error) {
	// BEGIN SOLUTION
	fields, err := splitFields(ldflags)
	if err != nil {
		return nil, err
	}
	vars := map[string]string{}
	for i := 0; i < len(fields); i++ {
		var arg string
		switch f := fields[i]; {
		case f == "-X" || f == "--X":
			if i+1 == len(fields) {
				return nil, fmt.Errorf("%s without an argument", f)
			}
			i++
			arg = fields[i]
		case strings.HasPrefix(f, "-X=") || strings.HasPrefix(f, "--X="):
			_, arg, _ = strings.Cut(f, "=")
		default:
			continue
		}
		name, value, ok := strings.Cut(arg, "=")
		if !ok || name == "" {
			return nil, fmt.Errorf("-X %q: want importpath.name=value", arg)
		}
		vars[name] = value
	}
	return vars, nil
	// END SOLUTION
}
