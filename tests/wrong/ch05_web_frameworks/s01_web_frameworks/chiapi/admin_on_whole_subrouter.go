package chiapi

import (
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
)

// NewRouter returns the service: the middleware RequestID, Recoverer and
// EchoRequestID in this order, GET /healthz, and ItemsRouter mounted at
// /api/v1/items.
func NewRouter(s Store) http.Handler {
	r := chi.NewRouter()
	r.Use(middleware.RequestID, middleware.Recoverer, EchoRequestID)
	r.Get("/healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("ok"))
	})
	r.Mount("/api/v1/items", ItemsRouter(s))
	return r
}

// EchoRequestID sets the X-Request-Id response header to the request ID
// that middleware.RequestID stored in the request's context.
func EchoRequestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Request-Id", middleware.GetReqID(r.Context()))
		next.ServeHTTP(w, r)
	})
}

// RequireAdmin lets a request through only when its X-Role header is
// "admin"; any other request gets 403 {"error":"forbidden"}.
func RequireAdmin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Role") != "admin" {
			writeJSON(w, http.StatusForbidden, map[string]string{"error": "forbidden"})
			return
		}
		next.ServeHTTP(w, r)
	})
}

// ItemsRouter returns the routes of the items resource, relative to the
// prefix it is mounted at: GET /, GET /{id} and DELETE /{id} (admins only),
// where id is made of digits.
func ItemsRouter(s Store) chi.Router {
	r := chi.NewRouter()
	r.Use(RequireAdmin)
	r.Get("/", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, s.List())
	})
	r.Get("/{id:[0-9]+}", func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.Atoi(chi.URLParam(r, "id"))
		if err != nil { // digits, but too many for an int
			writeJSON(w, http.StatusNotFound, map[string]string{"error": "item not found"})
			return
		}
		it, ok := s.Get(id)
		if !ok {
			writeJSON(w, http.StatusNotFound, map[string]string{"error": "item not found"})
			return
		}
		writeJSON(w, http.StatusOK, it)
	})
	r.Delete("/{id:[0-9]+}", func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.Atoi(chi.URLParam(r, "id"))
		if err != nil || !s.Delete(id) {
			writeJSON(w, http.StatusNotFound, map[string]string{"error": "item not found"})
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
	return r
}
