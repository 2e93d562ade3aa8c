package manifest

// WRONG: accepts a newline in a file name: one crafted name can reproduce
// another manifest's canonical bytes.

import (
	"crypto/ed25519"
	"crypto/sha256"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Manifest maps the file names of a release to the SHA-256 digests of
// their contents.
type Manifest map[string][sha256.Size]byte

// ErrName reports a file name that Canonical cannot encode unambiguously.
var ErrName = errors.New("manifest: bad file name")

// Add records the digest of content under name.
func (m Manifest) Add(name string, content []byte) {
	m[name] = sha256.Sum256(content)
}

// Canonical returns the exact bytes that are signed: one line per file,
// sorted by name, each "<64 lower-case hex digits><two spaces><name>\n"
// (the format of sha256sum). A name containing a newline is refused with
// an error wrapping ErrName.
func Canonical(m Manifest) ([]byte, error) {
	var b strings.Builder
	for _, name := range slices.Sorted(maps.Keys(m)) {
		digest := m[name]
		fmt.Fprintf(&b, "%x  %s\n", digest, name)
	}
	return []byte(b.String()), nil
}

// Sign returns the detached Ed25519 signature of Canonical(m).
func Sign(priv ed25519.PrivateKey, m Manifest) ([]byte, error) {
	msg, err := Canonical(m)
	if err != nil {
		return nil, err
	}
	return ed25519.Sign(priv, msg), nil
}

// Verify reports whether sig is a valid signature of Canonical(m) by pub.
// It returns false, and never panics, for a malformed key or signature or
// a manifest that Canonical refuses.
func Verify(pub ed25519.PublicKey, m Manifest, sig []byte) bool {
	if len(pub) != ed25519.PublicKeySize {
		return false // ed25519.Verify panics on a key of the wrong length
	}
	msg, err := Canonical(m)
	if err != nil {
		return false
	}
	return ed25519.Verify(pub, msg, sig)
}
