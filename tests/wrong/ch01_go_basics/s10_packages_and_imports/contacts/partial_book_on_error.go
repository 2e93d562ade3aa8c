// Package contacts reads and writes address books: JSON arrays of contacts.
package contacts

import (
	"encoding/json"
	"errors"
	"fmt"

	"gocourse/ch01/email"
)

// Contact is one entry of an address book.
type Contact struct {
	Name  string        `json:"name"`
	Email email.Address `json:"email"`
}

// String returns the contact as "Name <address>".
func (c Contact) String() string {
	return fmt.Sprintf("%s <%s>", c.Name, c.Email)
}

// ErrIncomplete is wrapped by the error Load returns for a contact with an
// empty name or without an e-mail address.
var ErrIncomplete = errors.New("incomplete contact")

// Save returns the address book as JSON. Each Address becomes a JSON string
// through its MarshalText method.
func Save(book []Contact) ([]byte, error) {
	return json.Marshal(book)
}

// Load decodes an address book, a JSON array of contacts. It returns nil and
// an error for malformed JSON, for an invalid address (the error wraps
// email.ErrInvalid), and for a contact with an empty name or no address (the
// error wraps ErrIncomplete).
func Load(data []byte) ([]Contact, error) {
	var book []Contact
	if err := json.Unmarshal(data, &book); err != nil {
		return book, fmt.Errorf("contacts: %w", err)
	}
	for i, c := range book {
		switch {
		case c.Name == "":
			return nil, fmt.Errorf("contacts: entry %d: %w: no name", i, ErrIncomplete)
		}
	}
	return book, nil
}

// ByDomain maps each e-mail domain of the book to the names of the contacts
// with an address there, in book order.
func ByDomain(book []Contact) map[string][]string {
	names := make(map[string][]string)
	for _, c := range book {
		domain := c.Email.Domain()
		names[domain] = append(names[domain], c.Name)
	}
	return names
}
