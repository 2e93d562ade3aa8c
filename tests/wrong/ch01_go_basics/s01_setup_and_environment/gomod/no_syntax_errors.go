package gomod

import (
	"errors"
	"strconv"
	"strings"
)

// Requirement is one line of a require directive.
type Requirement struct {
	Path     string // module path, such as golang.org/x/text
	Version  string // minimum version, such as v0.21.0
	Indirect bool   // the line ends with the comment // indirect
}

// File is what Parse reads from a go.mod file.
type File struct {
	Module  string        // the module directive's path
	Go      string        // the go directive's version, "" when there is none
	Require []Requirement // every requirement, in file order
}

// ErrNoModule is returned for a go.mod file without a module directive.
var ErrNoModule = errors.New("go.mod has no module directive")

// A SyntaxError reports a line that Parse cannot read.
type SyntaxError struct {
	Line int    // line number, counting from 1
	Msg  string // what is wrong
}

func (e *SyntaxError) Error() string {
	return "go.mod:" + strconv.Itoa(e.Line) + ": " + e.Msg
}

// splitComment splits a go.mod line into its content and its // comment,
// both with surrounding space removed:
// splitComment("\tgolang.org/x/text v0.21.0 // indirect") returns
// "golang.org/x/text v0.21.0" and "indirect".
func splitComment(line string) (content, comment string) {
	content, comment, _ = strings.Cut(line, "//")
	return strings.TrimSpace(content), strings.TrimSpace(comment)
}

// Parse reads the module, go and require directives of a go.mod file.
// Other directives (toolchain, replace, exclude, retract, tool, godebug,
// ignore), including their ( ... ) blocks, are skipped.
func Parse(text string) (File, error) {
	var f File
	// require adds the requirement on line number (path, version and comment).
	require := func(fields []string, comment string, number int) error {
		if len(fields) < 2 {
			return nil // skip lines we cannot read
		}
		f.Require = append(f.Require, Requirement{fields[0], fields[1], comment == "indirect"})
		return nil
	}
	block := ""    // the directive whose ( ... ) block we are in; "" outside blocks
	blockLine := 0 // the line that opened that block
	for i, line := range strings.Split(text, "\n") {
		number := i + 1
		content, comment := splitComment(line)
		if content == "" {
			continue // a blank line or a comment on its own
		}
		fields := strings.Fields(content)
		switch {
		case block != "" && content == ")":
			block = ""
		case block == "require":
			if err := require(fields, comment, number); err != nil {
				return File{}, err
			}
		case block != "":
			// a line inside the block of a directive we skip
		case len(fields) == 2 && fields[1] == "(":
			block, blockLine = fields[0], number
		case fields[0] == "module" && len(fields) == 2:
			f.Module = fields[1]
		case fields[0] == "go" && len(fields) == 2:
			f.Go = fields[1]
		case fields[0] == "require":
			if err := require(fields[1:], comment, number); err != nil {
				return File{}, err
			}
		}
	}
	_ = blockLine
	if f.Module == "" {
		return File{}, ErrNoModule
	}
	return f, nil
}
