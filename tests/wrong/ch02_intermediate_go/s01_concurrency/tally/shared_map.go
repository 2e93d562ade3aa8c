package tally

import "sync"

// Tally counts items by key: the result maps key(item) to the number of
// items with that key. It splits items into at most parts chunks (parts < 1
// counts as 1), counts each chunk in a goroutine of its own, and calls key
// exactly once per item. The result is never nil.
func Tally(items []string, parts int, key func(string) string) map[string]int {
	parts = max(1, min(parts, len(items)))
	total := make(map[string]int) // one map for all the goroutines: a data race
	var wg sync.WaitGroup
	for p := range parts {
		chunk := items[p*len(items)/parts : (p+1)*len(items)/parts]
		wg.Go(func() {
			for _, item := range chunk {
				total[key(item)]++
			}
		})
	}
	wg.Wait()
	return total
}
