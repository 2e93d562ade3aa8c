package contact

import (
	"errors"
	"fmt"
	"mime"
	"net/mail"
	"strings"
)

// The form's messages go from From to To.
const (
	From = "Contact form <contact-form@example.com>"
	To   = "support@example.com"
)

var (
	// ErrHeaderInjection reports a line break in a field that goes into the header.
	ErrHeaderInjection = errors.New("contact: line break in a header field")
	// ErrBadAddress reports an Email field that is not one plain address.
	ErrBadAddress = errors.New("contact: not a single email address")
)

// Form is what a visitor typed into the contact form of a web site.
type Form struct {
	Name    string // "Bob Smith"
	Email   string // "bob@example.org", for replies
	Subject string
	Message string // any text, line breaks included
}

// Message returns the email that the form sends to the site's support team,
// or an error wrapping ErrHeaderInjection when Name, Email or Subject holds
// a CR or LF, or ErrBadAddress when Email is not one address without a name.
func Message(f Form) ([]byte, error) {
	for _, field := range []struct{ name, value string }{
		{"name", f.Name}, {"email", f.Email}, {"subject", f.Subject},
	} {
		if strings.ContainsAny(field.value, "\r\n") {
			return nil, fmt.Errorf("%w: %s", ErrHeaderInjection, field.name)
		}
	}
	email := strings.TrimSpace(f.Email)
	if !strings.Contains(email, "@") {
		return nil, fmt.Errorf("%w: %q", ErrBadAddress, f.Email)
	}
	replyTo := mail.Address{Name: strings.TrimSpace(f.Name), Address: strings.Trim(email, "<>")}

	var b strings.Builder
	b.WriteString("From: " + From + "\r\n")
	b.WriteString("To: " + To + "\r\n")
	b.WriteString("Reply-To: " + replyTo.String() + "\r\n")
	b.WriteString("Subject: " + mime.QEncoding.Encode("utf-8", "[Contact] "+f.Subject) + "\r\n")
	b.WriteString("MIME-Version: 1.0\r\n")
	b.WriteString("Content-Type: text/plain; charset=utf-8\r\n")
	b.WriteString("Content-Transfer-Encoding: 8bit\r\n")
	b.WriteString("\r\n")
	body := strings.ReplaceAll(f.Message, "\r\n", "\n")
	body = strings.ReplaceAll(body, "\r", "\n")
	b.WriteString(strings.ReplaceAll(body, "\n", "\r\n"))
	return []byte(b.String()), nil
}
