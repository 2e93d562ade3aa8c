package patch

import (
	"errors"
	"strings"
)

// Profile is a user's stored profile.
type Profile struct {
	Name     string
	Email    string
	Age      int
	Nickname *string // optional: nil when the user has no nickname
}

// Patch is a partial update of a Profile, as decoded from a JSON request
// body: a nil field was not sent and leaves the profile's field unchanged.
type Patch struct {
	Name     *string `json:"name"`
	Email    *string `json:"email"`
	Age      *int    `json:"age"`
	Nickname *string `json:"nickname"` // "" removes the nickname
}

// ErrNoProfile is what Apply returns when called on a nil *Profile.
var ErrNoProfile = errors.New("patch: no profile to apply the patch to")

// validEmail reports whether s looks like an email address: some text, an @,
// and some more text.
func validEmail(s string) bool {
	at := strings.IndexByte(s, '@')
	return at > 0 && at < len(s)-1
}

// Apply applies patch to p: every non-nil field of patch replaces the field
// of p. If a given field is invalid, Apply returns an error and changes
// nothing. A nickname of "" removes the nickname. p shares no memory with
// patch afterwards.
func (p *Profile) Apply(patch Patch) error {
	// Validate everything first, so that an invalid field changes nothing.
	if patch.Name != nil && *patch.Name == "" {
		return errors.New("patch: name must not be empty")
	}
	if patch.Email != nil && !validEmail(*patch.Email) {
		return errors.New("patch: invalid email address")
	}
	if patch.Age != nil && (*patch.Age < 0 || *patch.Age > 150) {
		return errors.New("patch: age must be between 0 and 150")
	}

	if patch.Name != nil {
		p.Name = *patch.Name
	}
	if patch.Email != nil {
		p.Email = *patch.Email
	}
	if patch.Age != nil {
		p.Age = *patch.Age
	}
	if patch.Nickname != nil {
		if *patch.Nickname == "" {
			p.Nickname = nil
		} else {
			nickname := *patch.Nickname // a copy: the profile must not point into the patch
			p.Nickname = &nickname
		}
	}
	return nil
}
