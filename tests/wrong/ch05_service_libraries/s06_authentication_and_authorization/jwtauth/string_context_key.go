package jwtauth

import (
	"context"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Claims are the claims of the API's access tokens.
type Claims struct {
	Roles []string `json:"roles,omitempty"`
	jwt.RegisteredClaims
}

// Authenticator checks the bearer tokens of incoming requests.
type Authenticator struct {
	Secret   []byte           // the HS256 key
	Audience string           // the token's aud must contain it
	Now      func() time.Time // the clock; nil means time.Now
}

// claimsKey is the context key of the claims; being an unexported type, no
// other package can read or overwrite the value.
type claimsKey struct{}

// ClaimsFrom returns the claims that Middleware stored in ctx.
func ClaimsFrom(ctx context.Context) (*Claims, bool) {
	// BEGIN SOLUTION
	c, ok := ctx.Value("claims").(*Claims)
	return c, ok
	// END SOLUTION
}

// unauthorized answers 401 with a WWW-Authenticate challenge; errorCode is
// "" (no credentials) or "invalid_token" (RFC 6750, section 3).
func unauthorized(w http.ResponseWriter, errorCode string) {
	challenge := `Bearer realm="api"`
	if errorCode != "" {
		challenge += `, error="` + errorCode + `"`
	}
	w.Header().Set("WWW-Authenticate", challenge)
	http.Error(w, http.StatusText(http.StatusUnauthorized), http.StatusUnauthorized)
}

// Middleware lets a request through only with a valid bearer token, and
// stores the token's claims in the request's context.
func (a *Authenticator) Middleware(next http.Handler) http.Handler {
	// BEGIN SOLUTION
	now := a.Now
	if now == nil {
		now = time.Now
	}
	parser := jwt.NewParser(
		jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}),
		jwt.WithAudience(a.Audience),
		jwt.WithExpirationRequired(),
		jwt.WithTimeFunc(now),
	)
	keyfunc := func(*jwt.Token) (any, error) { return a.Secret, nil }
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		scheme, token, found := strings.Cut(r.Header.Get("Authorization"), " ")
		if !found || !strings.EqualFold(scheme, "Bearer") || token == "" {
			unauthorized(w, "")
			return
		}
		var claims Claims
		if _, err := parser.ParseWithClaims(token, &claims, keyfunc); err != nil {
			unauthorized(w, "invalid_token")
			return
		}
		ctx := context.WithValue(r.Context(), "claims", &claims)
		next.ServeHTTP(w, r.WithContext(ctx))
	})
	// END SOLUTION
}

// RequireRole lets a request through only if Middleware authenticated it
// and its claims carry role.
func RequireRole(role string) func(http.Handler) http.Handler {
	// BEGIN SOLUTION
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			claims, ok := ClaimsFrom(r.Context())
			if !ok {
				unauthorized(w, "")
				return
			}
			if !slices.Contains(claims.Roles, role) {
				http.Error(w, http.StatusText(http.StatusForbidden), http.StatusForbidden)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
	// END SOLUTION
}
