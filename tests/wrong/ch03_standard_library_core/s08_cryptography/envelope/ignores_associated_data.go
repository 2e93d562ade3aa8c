package envelope

// WRONG: passes nil instead of ad to GCM: the box is not bound to its
// context.

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"errors"
)

// ErrOpen reports a box that cannot be opened: too short, changed, sealed
// with another key, or opened with other associated data.
var ErrOpen = errors.New("envelope: cannot open")

// NonceSize and TagSize are the sizes of the GCM nonce that starts a box and
// of the authentication tag that ends it.
const (
	NonceSize = 12
	TagSize   = 16
)

// Seal encrypts and authenticates plaintext with AES-GCM under key (16, 24
// or 32 bytes), binds it to ad (associated data: authenticated, neither
// encrypted nor stored), and returns nonce || ciphertext || tag, with a
// fresh random nonce.
func Seal(key, plaintext, ad []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, NonceSize, NonceSize+len(plaintext)+TagSize)
	rand.Read(nonce) // crypto/rand: never fails (Go 1.24+), never repeats in practice
	return gcm.Seal(nonce, nonce, plaintext, nil), nil
}

// Open checks and decrypts a box made by Seal with the same key and ad. The
// error wraps ErrOpen for a box that does not open, and is the
// aes.KeySizeError for a key of the wrong size.
func Open(key, box, ad []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	if len(box) < NonceSize+TagSize {
		return nil, ErrOpen
	}
	plaintext, err := gcm.Open(nil, box[:NonceSize], box[NonceSize:], nil)
	if err != nil {
		return nil, ErrOpen
	}
	return plaintext, nil
}
