package cache

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"
)

// User is what the cache keeps, as JSON.
type User struct {
	ID    int64  `json:"id"`
	Name  string `json:"name"`
	Email string `json:"email"`
}

// ErrNotFound is what a Loader returns (wrapped or not) for a user that
// does not exist.
var ErrNotFound = errors.New("user not found")

// Loader reads a user from the system of record, a database.
type Loader func(ctx context.Context, id int64) (User, error)

// Cache keeps users in Redis in front of a Loader.
type Cache struct {
	rdb  *redis.Client
	ttl  time.Duration
	load Loader
}

// New returns a Cache that keeps each user it loads for ttl.
func New(rdb *redis.Client, ttl time.Duration, load Loader) *Cache {
	return &Cache{rdb: rdb, ttl: ttl, load: load}
}

// Key is the Redis key of user id: "user:42".
func Key(id int64) string {
	return "user:" + strconv.FormatInt(id, 10)
}

// User returns user id: from Redis when it is there, otherwise from the
// Loader, and then it stores it in Redis for ttl.
func (c *Cache) User(ctx context.Context, id int64) (User, error) {
	// BEGIN SOLUTION
	data, err := c.rdb.Get(ctx, Key(id)).Bytes()
	switch {
	case err == nil:
		var u User
		if err := json.Unmarshal(data, &u); err != nil {
			return User{}, fmt.Errorf("cache: user %d: %w", id, err)
		}
		return u, nil

	case errors.Is(err, redis.Nil):
		// A miss.
	default:
		return User{}, fmt.Errorf("cache: user %d: %w", id, err)
	}
	u, err := c.load(ctx, id)
	if err != nil {
		return User{}, fmt.Errorf("cache: load user %d: %w", id, err)
	}
	data, err = json.Marshal(u)
	if err != nil {
		return User{}, fmt.Errorf("cache: user %d: %w", id, err)
	}
	if err := c.rdb.Set(ctx, Key(id), data, c.ttl).Err(); err != nil {
		return User{}, fmt.Errorf("cache: store user %d: %w", id, err)
	}
	return u, nil
	// END SOLUTION
}

// Invalidate removes user id from the cache, after the user changed.
func (c *Cache) Invalidate(ctx context.Context, id int64) error {
	// BEGIN SOLUTION
	if err := c.rdb.Del(ctx, Key(id)).Err(); err != nil {
		return fmt.Errorf("cache: invalidate user %d: %w", id, err)
	}
	return nil
	// END SOLUTION
}
