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
	var (
		args    []string
		arg     []rune // the runes of the argument being read
		quote   rune   // the open quote, ' or ", or 0 outside quotes
		escaped bool   // the previous rune was a backslash that escapes this one
	)
	for _, r := range line {
		switch {
		case escaped:
			if quote == '"' && r != '"' && r != '\\' {
				arg = append(arg, '\\') // inside "...", a backslash only escapes " and \
			}
			arg = append(arg, r)
			escaped = false
		case quote == '\'':
			if r == '\'' {
				quote = 0
			} else {
				arg = append(arg, r)
			}
		case r == '\\':
			escaped = true
		case quote == '"':
			if r == '"' {
				quote = 0
			} else {
				arg = append(arg, r)
			}
		case r == '\'' || r == '"':
			quote = r
		case isSeparator(r):
			if len(arg) > 0 {
				args = append(args, string(arg))
				arg = arg[:0]
			}
		default:
			arg = append(arg, r)
		}
	}
	if quote != 0 {
		return nil, ErrUnclosedQuote
	}
	if escaped {
		return nil, ErrTrailingBackslash
	}
	if len(arg) > 0 {
		args = append(args, string(arg))
	}
	return args, nil
}
