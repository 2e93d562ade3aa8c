package token

// WRONG: does not check that the payload holds 8 bytes of expiry: a short
// payload with a valid MAC panics.

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"strings"
	"time"
)

// ErrInvalid reports a token that is malformed, was issued with another key,
// or was changed after it was issued.
var ErrInvalid = errors.New("token: invalid")

// ErrExpired reports a genuine token whose expiry time has passed.
var ErrExpired = errors.New("token: expired")

// Signer issues and verifies tokens with one secret key.
type Signer struct {
	key []byte
	now func() time.Time // the clock: time.Now in production, a fake in tests
}

// NewSigner returns a Signer that uses key and reads the time from now.
func NewSigner(key []byte, now func() time.Time) *Signer {
	return &Signer{key: key, now: now}
}

// mac returns HMAC-SHA256 of msg under the signer's key.
func (s *Signer) mac(msg string) []byte {
	m := hmac.New(sha256.New, s.key)
	m.Write([]byte(msg))
	return m.Sum(nil)
}

// Sign returns a token carrying data that expires ttl after the signer's
// current time: base64url(payload) + "." + base64url(mac of the first part),
// where payload is the expiry in Unix seconds (8 bytes, big-endian)
// followed by data.
func (s *Signer) Sign(data []byte, ttl time.Duration) string {
	payload := binary.BigEndian.AppendUint64(nil, uint64(s.now().Add(ttl).Unix()))
	payload = append(payload, data...)
	body := base64.RawURLEncoding.EncodeToString(payload)
	return body + "." + base64.RawURLEncoding.EncodeToString(s.mac(body))
}

// Verify checks token and returns the data it carries. The error wraps
// ErrInvalid for a token that is malformed or whose MAC does not match, and
// ErrExpired for a genuine token whose expiry is not after the current time.
func (s *Signer) Verify(token string) ([]byte, error) {
	body, tag, ok := strings.Cut(token, ".")
	if !ok {
		return nil, ErrInvalid
	}
	got, err := base64.RawURLEncoding.DecodeString(tag)
	if err != nil || !hmac.Equal(got, s.mac(body)) {
		return nil, ErrInvalid
	}
	// Only now, with the MAC checked, is the payload worth reading.
	payload, err := base64.RawURLEncoding.DecodeString(body)
	if err != nil {
		return nil, ErrInvalid
	}
	expires := time.Unix(int64(binary.BigEndian.Uint64(payload)), 0)
	if !s.now().Before(expires) {
		return nil, ErrExpired
	}
	return payload[8:], nil
}
