package chain

import "errors"

// Handler handles one request and returns the response.
type Handler func(req string) (string, error)

// Middleware wraps a Handler in a new Handler that adds behaviour before
// and/or after calling next.
type Middleware func(next Handler) Handler

// ErrLimited is the error of a request refused by a Limit middleware.
var ErrLimited = errors.New("request limit reached")

// Chain returns h wrapped in the middlewares mws, the first one outermost:
// Chain(h, a, b) behaves like a(b(h)). Nil middlewares are skipped, and
// Chain(h) behaves like h. Each middleware is applied once, when Chain is
// called; changing the caller's slice afterwards does not change the result.
func Chain(h Handler, mws ...Middleware) Handler {
	for _, mw := range mws {
		if mw != nil {
			h = mw(h)
		}
	}
	return h
}

// Limit returns a middleware that lets at most n requests through to each
// handler it wraps. Later requests get "" and ErrLimited without calling
// next. Every handler the middleware wraps has its own count.
func Limit(n int) Middleware {
	return func(next Handler) Handler {
		served := 0 // one count per wrapped handler, kept across its requests
		return func(req string) (string, error) {
			if served >= n {
				return "", ErrLimited
			}
			served++
			return next(req)
		}
	}
}
