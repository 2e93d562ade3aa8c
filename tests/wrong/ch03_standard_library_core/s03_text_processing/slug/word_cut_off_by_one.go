package slug

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Slugify turns a title into the last part of a URL: lower-case letters
// and digits, words joined by single hyphens, at most limit bytes long
// (no limit when limit <= 0), cut after a whole word when it can be.
func Slugify(title string, limit int) string {
	var b strings.Builder
	b.Grow(len(title))
	pending := false // a separator was seen since the last letter or digit
	for _, r := range title {
		switch {
		case r == '\'' || r == '’':
			// dropped: "don't" is one word
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if pending && b.Len() > 0 {
				b.WriteByte('-')
			}
			pending = false
			b.WriteRune(unicode.ToLower(r))
		default:
			pending = true
		}
	}
	slug := b.String()
	if limit <= 0 || len(slug) <= limit {
		return slug
	}
	if i := strings.LastIndexByte(slug[:limit], '-'); i > 0 {
		return slug[:i] // whole words: the byte at limit may be the hyphen itself
	}
	cut := limit
	for cut > 0 && !utf8.RuneStart(slug[cut]) {
		cut-- // never split a multi-byte character
	}
	return slug[:cut]
}
