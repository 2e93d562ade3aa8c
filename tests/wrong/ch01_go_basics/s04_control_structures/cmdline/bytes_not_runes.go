package cmdline

import (
	"errors"
	"unicode"
)

// The errors Split returns for a line it cannot split.
var (
	ErrUnclosedQuote     = errors.New("cmdline: unclosed quote")
	ErrTrailingBackslash = errors.New("cmdline: backslash at the end of the line")
)

// isSeparator reports whether r separates arguments: white space as Unicode
// defines it (space, tab, newline, U+3000 IDEOGRAPHIC SPACE, ...).
func isSeparator(r rune) bool {
	return unicode.IsSpace(r)
}

// Split splits line into arguments following a subset of the POSIX shell's
// rules: white space separates arguments; single quotes keep everything;
// double quotes keep everything but \" and \\; outside quotes a backslash
// escapes the next rune. Touching parts form one argument, and "" or ” is an
// empty argument.
func Split(line string) ([]string, error) {
	var args []string
	var arg []byte
	inArg, escaped := false, false
	var quote byte
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case escaped:
			if quote == '"' && c != '"' && c != '\\' {
				arg = append(arg, '\\')
			}
			arg = append(arg, c)
			escaped = false
		case quote == '\'':
			if c == '\'' {
				quote = 0
			} else {
				arg = append(arg, c)
			}
		case c == '\\':
			escaped, inArg = true, true
		case quote == '"':
			if c == '"' {
				quote = 0
			} else {
				arg = append(arg, c)
			}
		case c == '\'' || c == '"':
			quote, inArg = c, true
		case isSeparator(rune(c)):
			if inArg {
				args = append(args, string(arg))
				arg = arg[:0]
				inArg = false
			}
		default:
			arg = append(arg, c)
			inArg = true
		}
	}
	if quote != 0 {
		return nil, ErrUnclosedQuote
	}
	if escaped {
		return nil, ErrTrailingBackslash
	}
	if inArg {
		args = append(args, string(arg))
	}
	return args, nil
}
