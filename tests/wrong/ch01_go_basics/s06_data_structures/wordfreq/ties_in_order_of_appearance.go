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
	if n <= 0 {
		return nil
	}
	index := map[string]int{} // word -> its position in top
	var top []WordCount
	for _, w := range Words(text) {
		w = strings.ToLower(w)
		if i, ok := index[w]; ok {
			top[i].Count++
			continue
		}
		index[w] = len(top)
		top = append(top, WordCount{w, 1})
	}
	slices.SortStableFunc(top, func(a, b WordCount) int {
		return b.Count - a.Count // descending: larger counts first
	})
	return top[:min(n, len(top))]
}
