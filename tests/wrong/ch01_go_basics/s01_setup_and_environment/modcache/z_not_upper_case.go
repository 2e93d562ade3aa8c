package modcache

import "errors"

// ErrBadEscape is returned by Unescape for text that Escape cannot produce.
var ErrBadEscape = errors.New("modcache: invalid escaped path")

// Escape returns the module cache form of a module path or version: every
// upper-case ASCII letter becomes '!' followed by the lower-case letter.
// Escape("github.com/BurntSushi/toml") == "github.com/!burnt!sushi/toml"
func Escape(s string) string {
	out := make([]byte, 0, len(s)+4)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c < 'Z' {
			out = append(out, '!', c-'A'+'a')
		} else {
			out = append(out, c)
		}
	}
	return string(out)
}

// Unescape reverses Escape: Unescape(Escape(s)) == s. It returns
// ErrBadEscape when s holds an upper-case ASCII letter, or a '!' that is
// not followed by a lower-case ASCII letter.
func Unescape(s string) (string, error) {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c < 'Z':
			return "", ErrBadEscape
		case c == '!':
			if i+1 == len(s) || s[i+1] < 'a' || 'z' < s[i+1] {
				return "", ErrBadEscape
			}
			i++
			out = append(out, s[i]-'a'+'A')
		default:
			out = append(out, c)
		}
	}
	return string(out), nil
}
