package quoted

import "strings"

// QuoteIfNeeded returns s unchanged when it is a non-empty string of token
// characters (ASCII letters, digits and !#$%&'*+-.^_`|~), and Quote(s)
// otherwise.
func QuoteIfNeeded(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		isAlnum := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
		if !isAlnum && !strings.ContainsRune("!#$%&'*+-.^_`|~", rune(c)) {
			return Quote(s)
		}
	}
	return s
}
