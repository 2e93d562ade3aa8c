package tokens

import (
	"errors"
	"fmt"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// The service's token settings.
const (
	Issuer   = "https://auth.shop.example"
	Audience = "orders-api"
	TTL      = 15 * time.Minute
	Leeway   = 30 * time.Second
)

// ErrWeakSecret is returned for an HMAC secret shorter than 32 bytes.
var ErrWeakSecret = errors.New("tokens: the secret must be at least 32 bytes")

// ErrNoSubject is returned by Claims.Validate for a token without a subject.
var ErrNoSubject = errors.New("tokens: the token has no subject")

// Claims are the claims of an access token: the registered claims and the
// user's roles.
type Claims struct {
	Roles []string `json:"roles,omitempty"`
	jwt.RegisteredClaims
}

// Validate is called by the parser after the registered claims have been
// checked: a token must name its subject.
func (c Claims) Validate() error {
	// BEGIN SOLUTION
	if c.Subject == "" {
		return ErrNoSubject
	}
	return nil
	// END SOLUTION
}

// Issue returns an HS256 token for user sub with the given roles, issued at
// now and valid for TTL.
func Issue(secret []byte, sub string, roles []string, now time.Time) (string, error) {
	// BEGIN SOLUTION
	if len(secret) < 32 {
		return "", ErrWeakSecret
	}
	claims := Claims{
		Roles: roles,
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    Issuer,
			Subject:   sub,
			Audience:  jwt.ClaimStrings{Audience},
			IssuedAt:  jwt.NewNumericDate(now),
			NotBefore: jwt.NewNumericDate(now),
			ExpiresAt: jwt.NewNumericDate(now.Add(TTL)),
		},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(secret)
	// END SOLUTION
}

// Verify checks token as the orders API must, with now as the current time,
// and returns its claims.
func Verify(secret []byte, token string, now time.Time) (*Claims, error) {
	// BEGIN SOLUTION
	if len(secret) < 32 {
		return nil, ErrWeakSecret
	}
	var claims Claims
	_, err := jwt.ParseWithClaims(token, &claims,
		func(*jwt.Token) (any, error) { return secret, nil },
		jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}),
		jwt.WithIssuer(Issuer),
		jwt.WithAudience(Audience),
		jwt.WithExpirationRequired(),
		jwt.WithLeeway(Leeway),
		jwt.WithTimeFunc(func() time.Time { return now }),
	)
	if err != nil {
		return nil, fmt.Errorf("invalid token: %v", err)
	}
	return &claims, nil
	// END SOLUTION
}
