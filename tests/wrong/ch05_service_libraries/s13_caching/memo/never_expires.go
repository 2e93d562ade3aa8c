// Wrong: values are cached with NoExpiration.
package memo

import (
	"errors"
	"time"

	"github.com/patrickmn/go-cache"
)

// ErrNotFound is the error a Loader returns (possibly wrapped) when the key
// does not exist. Such an answer is worth remembering for a short while.
var ErrNotFound = errors.New("not found")

// Loader computes the value of a key, slowly: a database query, an API call.
type Loader func(key string) (string, error)

// Memo remembers a Loader's answers in a go-cache.
type Memo struct {
	cache       *cache.Cache
	load        Loader
	negativeTTL time.Duration
}

// New returns a Memo that keeps values in c (for c's default expiration)
// and "not found" answers for negativeTTL.
func New(c *cache.Cache, load Loader, negativeTTL time.Duration) *Memo {
	return &Memo{cache: c, load: load, negativeTTL: negativeTTL}
}

// result is what the cache holds for a key: a value, or a not-found error.
type result struct {
	value string
	err   error
}

// Get returns the value of key, calling the Loader only when the cache has
// no live answer for it.
func (m *Memo) Get(key string) (string, error) {
	if cached, ok := m.cache.Get(key); ok {
		r := cached.(result)
		return r.value, r.err
	}
	value, err := m.load(key)
	switch {
	case err == nil:
		m.cache.Set(key, result{value: value}, cache.NoExpiration)
		return value, nil
	case errors.Is(err, ErrNotFound) && m.negativeTTL > 0:
		m.cache.Set(key, result{err: err}, m.negativeTTL)
	default:
		// Nothing is remembered, and an expired entry (which go-cache keeps
		// until DeleteExpired runs) goes too.
		m.cache.Delete(key)
	}
	return "", err
}

// Forget drops what the cache knows about key: the next Get loads it again.
func (m *Memo) Forget(key string) {
	m.cache.Delete(key)
}
