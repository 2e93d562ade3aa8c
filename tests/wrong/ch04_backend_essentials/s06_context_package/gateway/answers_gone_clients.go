package gateway

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"
)

// requestIDKey is the context key of the request ID. Its type is
// unexported, so no other package can make a key equal to it.
type requestIDKey struct{}

// WithRequestID returns a copy of ctx that carries the request ID id.
func WithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey{}, id)
}

// RequestID returns the request ID that ctx carries, and whether it carries one.
func RequestID(ctx context.Context) (string, bool) {
	id, ok := ctx.Value(requestIDKey{}).(string)
	return id, ok
}

// Prices is the slow dependency: another service that knows the prices.
// It returns an error wrapping ErrNotFound or ErrUnavailable when the
// product does not exist or the service is overloaded, and ctx.Err() when
// ctx ends first.
type Prices interface {
	Price(ctx context.Context, sku string) (cents int, err error)
}

var (
	ErrNotFound    = errors.New("no such product")
	ErrUnavailable = errors.New("price service unavailable")
)

// Handler answers GET /price?sku=SKU with the price in cents.
type Handler struct {
	Prices  Prices
	Timeout time.Duration // how long the call to Prices may take; no limit of its own when <= 0
	NewID   func() string // makes a request ID when the request brings no valid one
}

// validID reports whether id may be used as a request ID: 1 to 64 ASCII
// letters, digits, '-' or '_'.
func validID(id string) bool {
	if len(id) == 0 || len(id) > 64 {
		return false
	}
	for _, c := range []byte(id) {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '-', c == '_':
		default:
			return false
		}
	}
	return true
}

// ServeHTTP answers with the price of the product named by the query
// parameter sku, or with the status the task's table gives for each error.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	id := r.Header.Get("X-Request-ID")
	if !validID(id) {
		id = h.NewID()
	}
	w.Header().Set("X-Request-ID", id)

	sku := r.URL.Query().Get("sku")
	if sku == "" {
		http.Error(w, "missing sku", http.StatusBadRequest)
		return
	}

	ctx := WithRequestID(r.Context(), id)
	if h.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, h.Timeout)
		defer cancel()
	}
	cents, err := h.Prices.Price(ctx, sku)
	switch {
	case err == nil:
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintf(w, "%d\n", cents)
	case errors.Is(err, context.DeadlineExceeded):
		http.Error(w, "the price service is too slow", http.StatusGatewayTimeout)
	case errors.Is(err, ErrUnavailable):
		w.Header().Set("Retry-After", "1")
		http.Error(w, "the price service is unavailable", http.StatusServiceUnavailable)
	case errors.Is(err, ErrNotFound):
		http.Error(w, "no such product", http.StatusNotFound)
	default:
		http.Error(w, "the price service failed", http.StatusBadGateway)
	}
}
