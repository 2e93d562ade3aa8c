package config

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// ErrSyntax is wrapped by every error ParseLine returns.
var ErrSyntax = errors.New("config syntax error")

// syntaxError returns an error that wraps ErrSyntax, says what is wrong and
// quotes the line (strconv.Quote, like %q, makes stray spaces visible).
func syntaxError(problem, line string) error {
	return fmt.Errorf("%w: %s in %s", ErrSyntax, problem, strconv.Quote(line))
}

// validKey reports whether key is a non-empty run of ASCII letters, digits, '_', '.' and '-'.
func validKey(key string) bool {
	return key != "" && !strings.ContainsFunc(key, func(r rune) bool {
		return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_' || r == '.' || r == '-')
	})
}

// ParseLine reads one line of a config file: `key = value`, a comment or a
// blank line. For a comment or a blank line it returns "", "", nil.
func ParseLine(line string) (key, value string, err error) {
	text := strings.TrimSpace(line)
	if text == "" || strings.HasPrefix(text, "#") {
		return "", "", nil
	}
	parts := strings.Split(text, "=")
	if len(parts) != 2 {
		return "", "", syntaxError("want exactly one '='", line)
	}
	key, value = parts[0], parts[1]
	key, value = strings.TrimSpace(key), strings.TrimSpace(value)
	if !validKey(key) {
		return "", "", syntaxError("bad key", line)
	}
	if strings.HasPrefix(value, `"`) || strings.HasPrefix(value, "`") {
		// QuotedPrefix finds where the quoted string ends, escapes included.
		quoted, err := strconv.QuotedPrefix(value)
		if err != nil {
			return "", "", syntaxError("unterminated or malformed quoted value", line)
		}
		if rest := strings.TrimSpace(value[len(quoted):]); rest != "" && !strings.HasPrefix(rest, "#") {
			return "", "", syntaxError("text after the quoted value", line)
		}
		value, err = strconv.Unquote(quoted)
		if err != nil {
			return "", "", syntaxError(err.Error(), line)
		}
		return key, value, nil
	}
	for i := range len(value) {
		if value[i] == '#' && (i == 0 || value[i-1] == ' ' || value[i-1] == '\t') {
			value = strings.TrimSpace(value[:i])
			break
		}
	}
	return key, value, nil
}
