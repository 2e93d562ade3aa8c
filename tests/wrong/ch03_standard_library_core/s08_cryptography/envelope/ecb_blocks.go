package envelope

import (
	"bytes"
	"crypto/aes"
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
	// WRONG: the block cipher used directly, block by block (ECB), with
	// PKCS#7 padding: no nonce, no tag, equal plaintexts give equal boxes.
	n := aes.BlockSize - len(plaintext)%aes.BlockSize
	padded := append(bytes.Clone(plaintext), bytes.Repeat([]byte{byte(n)}, n)...)
	box := make([]byte, len(padded))
	for i := 0; i < len(padded); i += aes.BlockSize {
		block.Encrypt(box[i:i+aes.BlockSize], padded[i:i+aes.BlockSize])
	}
	return box, nil
}

// Open checks and decrypts a box made by Seal with the same key and ad. The
// error wraps ErrOpen for a box that does not open, and is the
// aes.KeySizeError for a key of the wrong size.
func Open(key, box, ad []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	if len(box) == 0 || len(box)%aes.BlockSize != 0 {
		return nil, ErrOpen
	}
	plain := make([]byte, len(box))
	for i := 0; i < len(box); i += aes.BlockSize {
		block.Decrypt(plain[i:i+aes.BlockSize], box[i:i+aes.BlockSize])
	}
	n := int(plain[len(plain)-1])
	if n == 0 || n > aes.BlockSize {
		return nil, ErrOpen
	}
	return plain[:len(plain)-n], nil
}
