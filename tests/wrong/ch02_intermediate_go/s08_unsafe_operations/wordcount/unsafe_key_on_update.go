package wordcount

import (
	"bufio"
	"io"
	"unsafe"
)

// newWordScanner returns a scanner that splits r into words separated by
// white space. Its Bytes method returns a slice of the scanner's own buffer,
// which the next call to Scan may overwrite.
func newWordScanner(r io.Reader) *bufio.Scanner {
	sc := bufio.NewScanner(r)
	sc.Split(bufio.ScanWords)
	return sc
}

// Count returns how many times each word occurs in r. Repeated words cost
// no allocation: only the first occurrence of a word copies it. If reading r
// fails, Count returns nil and the error.
func Count(r io.Reader) (map[string]int, error) {
	sc := newWordScanner(r)
	counts := map[string]int{}
	for sc.Scan() {
		word := sc.Bytes()
		if n, ok := counts[string(word)]; ok {
			// The key is already in the map, so a zero-copy key looks safe here.
			// But assigning to an existing string key stores the new key.
			counts[unsafe.String(unsafe.SliceData(word), len(word))] = n + 1
			continue
		}
		counts[string(word)] = 1 // a new word: copied
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return counts, nil
}
