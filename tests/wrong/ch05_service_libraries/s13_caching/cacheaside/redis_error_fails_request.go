// Wrong: any Redis error fails the request, although the database could answer it.
package cacheaside

import (
	"context"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"time"

	"github.com/redis/go-redis/v9"
)

// Product is what the repository serves, cached in Redis as JSON.
type Product struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Price int    `json:"price"` // in cents
}

// ErrNotFound is returned (possibly wrapped) by a Loader for a product that
// does not exist.
var ErrNotFound = errors.New("product not found")

// Loader reads a product from the source of truth: the database.
type Loader func(ctx context.Context, tenant, id string) (Product, error)

// Repo serves products from Redis, and from the Loader on a miss.
type Repo struct {
	rdb  *redis.Client
	load Loader
	ttl  time.Duration
}

// NewRepo returns a Repo that caches products for ttl (plus jitter).
func NewRepo(rdb *redis.Client, load Loader, ttl time.Duration) *Repo {
	return &Repo{rdb: rdb, load: load, ttl: ttl}
}

// Key returns the Redis key of a tenant's product.
func Key(tenant, id string) string {
	return "product:" + tenant + ":" + id
}

// Get returns a tenant's product: from Redis when it is there, otherwise
// from the Loader, caching what it returns.
func (r *Repo) Get(ctx context.Context, tenant, id string) (Product, error) {
	key := Key(tenant, id)
	data, err := r.rdb.Get(ctx, key).Bytes()
	if err != nil && err != redis.Nil {
		return Product{}, err
	}
	if err == nil {
		var p Product
		if json.Unmarshal(data, &p) == nil {
			return p, nil
		}
		// A value we cannot read is a miss: load and overwrite it.
	}
	// redis.Nil is a miss; any other error means Redis is unwell, and the
	// cache is only an optimisation: serve from the source anyway.
	p, err := r.load(ctx, tenant, id)
	if err != nil {
		return Product{}, err
	}
	if data, err := json.Marshal(p); err == nil {
		jitter := time.Duration(rand.Int64N(int64(r.ttl/10) + 1))
		r.rdb.Set(ctx, key, data, r.ttl+jitter) // an error here only costs a later miss
	}
	return p, nil
}

// Invalidate removes a tenant's product from Redis, after it changed in the
// database.
func (r *Repo) Invalidate(ctx context.Context, tenant, id string) error {
	return r.rdb.Del(ctx, Key(tenant, id)).Err()
}
