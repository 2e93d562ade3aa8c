package reqlog

import (
	"context"
	"net/http"

	"github.com/rs/zerolog"
)

// Middleware gives every request a logger of its own: a sub-logger of base
// with the fields request_id, method and path, stored in the request's
// context, where zerolog.Ctx finds it. The request ID is the request's
// X-Request-Id header when it has 1 to 64 characters, newID() otherwise; the
// response's X-Request-Id header is set to it.
func Middleware(base zerolog.Logger, newID func() string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Request-Id")
		if id == "" || len(id) > 64 {
			id = newID()
		}
		w.Header().Set("X-Request-Id", id)
		// WithContext stores a copy of base, but the copy shares base's
		// field buffer: UpdateContext appends into memory that every
		// request's copy uses at the same time.
		ctx := base.WithContext(r.Context())
		zerolog.Ctx(ctx).UpdateContext(func(c zerolog.Context) zerolog.Context {
			return c.Str("request_id", id).Str("method", r.Method).Str("path", r.URL.Path)
		})
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// SetUser adds the field user=name to the logger that ctx carries, so that
// every line logged through ctx afterwards has it. It does nothing when ctx
// carries no logger.
func SetUser(ctx context.Context, name string) {
	l := zerolog.Ctx(ctx)
	if l == zerolog.DefaultContextLogger {
		return
	}
	l.UpdateContext(func(c zerolog.Context) zerolog.Context {
		return c.Str("user", name)
	})
}
