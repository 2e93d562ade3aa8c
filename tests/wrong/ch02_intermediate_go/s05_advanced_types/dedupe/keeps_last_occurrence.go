package dedupe

import (
	"cmp"
	"maps"
	"slices"
	"strings"
)

// Dedupe returns the elements of s without repeats, keeping the first
// occurrence of each in order. It never modifies s.
func Dedupe[S ~[]E, E comparable](s S) S {
	last := make(map[E]int, len(s))
	for i, v := range s {
		last[v] = i
	}
	var out S
	for i, v := range s {
		if last[v] == i {
			out = append(out, v)
		}
	}
	return out
}

// DedupeFold is Dedupe for string types, where values whose strings.ToLower
// are equal count as the same; the first spelling is kept.
func DedupeFold[S ~[]E, E ~string](s S) S {
	seen := make(map[string]bool, len(s))
	var out S
	for _, v := range s {
		key := strings.ToLower(string(v))
		if !seen[key] {
			seen[key] = true
			out = append(out, v)
		}
	}
	return out
}

// Keys returns the keys of m in increasing order.
func Keys[M ~map[K]V, K cmp.Ordered, V any](m M) []K {
	return slices.Sorted(maps.Keys(m))
}
