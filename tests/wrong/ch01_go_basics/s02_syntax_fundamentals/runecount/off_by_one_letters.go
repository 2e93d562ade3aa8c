package runecount

// Counts describes the text in a string.
type Counts struct {
	Bytes        int // length in bytes
	Runes        int // number of runes; each byte that is not valid UTF-8 counts as one rune
	ASCIILetters int // runes 'A' to 'Z' and 'a' to 'z'
	NonASCII     int // runes above 127, invalid bytes included
}

// Count returns the counts for s.
func Count(s string) Counts {
	c := Counts{Bytes: len(s)}
	for _, r := range s { // range decodes UTF-8; an invalid byte arrives as U+FFFD
		c.Runes++
		if ('a' < r && r < 'z') || ('A' < r && r < 'Z') {
			c.ASCIILetters++
		}
		if r > 127 {
			c.NonASCII++
		}
	}
	return c
}
