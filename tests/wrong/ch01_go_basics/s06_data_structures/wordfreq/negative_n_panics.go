package wordfreq

import (
	"maps"
	"slices"
	"strings"
	"unicode"
)

// WordCount is a word and the number of times it occurs.
type WordCount struct {
	Word  string
	Count int
}

// Words splits text into words: maximal runs of letters and digits. Every
// other character separates words. It is written for you.
func Words(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// SortedKeys returns the keys of m in increasing order. It is written for you.
func SortedKeys(m map[string]int) []string {
	return slices.Sorted(maps.Keys(m))
}

// TopWords returns the n most frequent words of text, in lower case, most
// frequent first; words with the same count are in alphabetical order.
// It returns every word when text has fewer than n distinct words, and an
// empty slice when n <= 0.
func TopWords(text string, n int) []WordCount {
	counts := map[string]int{}
	for _, w := range Words(text) {
		counts[strings.ToLower(w)]++
	}
	top := make([]WordCount, 0, len(counts))
	for _, w := range SortedKeys(counts) { // alphabetical, so a stable sort keeps ties in that order
		top = append(top, WordCount{w, counts[w]})
	}
	slices.SortStableFunc(top, func(a, b WordCount) int {
		return b.Count - a.Count // descending: larger counts first
	})
	if n > len(top) {
		n = len(top)
	}
	return top[:n]
}
