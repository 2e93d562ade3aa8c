package cors

import (
	"net/http"
	"slices"
	"strconv"
	"strings"
)

// Options says which cross-origin requests a CORS middleware allows.
type Options struct {
	// AllowedOrigins lists the origins allowed, exactly as browsers send
	// them ("https://app.example.com"), or is the single entry "*" for any.
	AllowedOrigins []string
	// AllowedMethods lists the methods a preflight may ask for ("PUT").
	AllowedMethods []string
	// AllowedHeaders lists the request headers a preflight may ask for.
	AllowedHeaders []string
	// AllowCredentials lets browsers send cookies and read the response.
	AllowCredentials bool
	// MaxAge is how many seconds a browser may cache a preflight; 0 sends no header.
	MaxAge int
}

// CORS returns a middleware that answers preflight requests itself and adds
// CORS headers to the responses of allowed origins. It panics when opts
// allows credentials for the wildcard origin "*".
func CORS(opts Options) func(http.Handler) http.Handler {
	// BEGIN SOLUTION
	anyOrigin := slices.Contains(opts.AllowedOrigins, "*")
	if anyOrigin && opts.AllowCredentials {
		panic("cors: AllowCredentials cannot be used with the origin \"*\"")
	}
	allowed := func(origin string) bool {
		return anyOrigin || slices.Contains(opts.AllowedOrigins, origin)
	}
	// allowOrigin is the Access-Control-Allow-Origin value for an allowed origin.
	allowOrigin := func(origin string) string {
		if anyOrigin {
			return "*"
		}
		return origin // exactly the one origin, never a list
	}
	headersAllowed := func(requested string) bool {
		for name := range strings.SplitSeq(requested, ",") {
			name = strings.TrimSpace(name)
			if name == "" {
				continue
			}
			if !slices.ContainsFunc(opts.AllowedHeaders, func(h string) bool { return strings.EqualFold(h, name) }) {
				return false
			}
		}
		return true
	}
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			h := w.Header()
			// The answer depends on Origin: caches must not give one
			// origin's response to another. Add, never Set: other
			// middleware may vary the response too.
			origin := r.Header.Get("Origin")
			if allowed(origin) {
				h.Add("Vary", "Origin")
			}
			preflight := r.Method == http.MethodOptions && origin != "" &&
				r.Header.Get("Access-Control-Request-Method") != ""
			if preflight {
				method := r.Header.Get("Access-Control-Request-Method")
				if allowed(origin) && slices.Contains(opts.AllowedMethods, method) &&
					headersAllowed(r.Header.Get("Access-Control-Request-Headers")) {
					h.Set("Access-Control-Allow-Origin", allowOrigin(origin))
					h.Set("Access-Control-Allow-Methods", strings.Join(opts.AllowedMethods, ", "))
					if len(opts.AllowedHeaders) > 0 {
						h.Set("Access-Control-Allow-Headers", strings.Join(opts.AllowedHeaders, ", "))
					}
					if opts.AllowCredentials {
						h.Set("Access-Control-Allow-Credentials", "true")
					}
					if opts.MaxAge > 0 {
						h.Set("Access-Control-Max-Age", strconv.Itoa(opts.MaxAge))
					}
				}
				w.WriteHeader(http.StatusNoContent)
				return // a preflight never reaches the application
			}
			if origin != "" && allowed(origin) {
				h.Set("Access-Control-Allow-Origin", allowOrigin(origin))
				if opts.AllowCredentials {
					h.Set("Access-Control-Allow-Credentials", "true")
				}
			}
			next.ServeHTTP(w, r)
		})
	}
	// END SOLUTION
}
