package compose

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"net/textproto"
	"strings"
	"time"
)

// Attachment is a file sent along with a message.
type Attachment struct {
	Filename    string // the name the recipient sees: "report.pdf", "übersicht.csv"
	ContentType string // "application/pdf"; empty means application/octet-stream
	Data        []byte
}

// Message is an email to build.
type Message struct {
	From        mail.Address
	To, Cc      []mail.Address
	Subject     string
	Date        time.Time
	MessageID   string // without angle brackets: "k3j5h2@app.example.com"
	Text        string // the plain-text body; lines end in "\n" or "\r\n"
	Attachments []Attachment
}

// Build returns m as an RFC 5322 message: CRLF line endings, encoded
// non-ASCII header text, a quoted-printable text body and, when there are
// attachments, a multipart/mixed body with one base64 part per attachment.
func Build(m Message) ([]byte, error) {
	if m.From.Address == "" {
		return nil, errors.New("compose: no From address")
	}
	if len(m.To) == 0 {
		return nil, errors.New("compose: no To address")
	}
	addressList := func(list []mail.Address) string {
		parts := make([]string, len(list))
		for i, a := range list {
			parts[i] = "<" + a.Address + ">"
			if a.Name != "" {
				parts[i] = a.Name + " " + parts[i]
			}
		}
		return strings.Join(parts, ", ")
	}
	writeText := func(w io.Writer) error {
		qp := quotedprintable.NewWriter(w) // writes "\n" and "\r\n" as CRLF
		if _, err := io.WriteString(qp, m.Text); err != nil {
			return err
		}
		return qp.Close()
	}

	var b bytes.Buffer
	header := func(key, value string) { fmt.Fprintf(&b, "%s: %s\r\n", key, value) }
	header("From", addressList([]mail.Address{m.From}))

	header("To", addressList(m.To))
	if len(m.Cc) > 0 {
		header("Cc", addressList(m.Cc))
	}
	header("Subject", mime.QEncoding.Encode("utf-8", m.Subject))
	header("Date", m.Date.Format(time.RFC1123Z))
	header("Message-ID", "<"+m.MessageID+">")
	header("MIME-Version", "1.0")

	if len(m.Attachments) == 0 {
		header("Content-Type", "text/plain; charset=utf-8")
		header("Content-Transfer-Encoding", "quoted-printable")
		b.WriteString("\r\n")
		if err := writeText(&b); err != nil {
			return nil, err
		}
		return b.Bytes(), nil
	}

	mw := multipart.NewWriter(&b)
	header("Content-Type", mime.FormatMediaType("multipart/mixed", map[string]string{"boundary": mw.Boundary()}))
	b.WriteString("\r\n")
	text, err := mw.CreatePart(textproto.MIMEHeader{
		"Content-Type":              {"text/plain; charset=utf-8"},
		"Content-Transfer-Encoding": {"quoted-printable"},
	})
	if err != nil {
		return nil, err
	}
	if err := writeText(text); err != nil {
		return nil, err
	}
	for _, a := range m.Attachments {
		contentType := a.ContentType
		if contentType == "" {
			contentType = "application/octet-stream"
		}
		part, err := mw.CreatePart(textproto.MIMEHeader{
			"Content-Type":              {contentType},
			"Content-Disposition":       {mime.FormatMediaType("attachment", map[string]string{"filename": a.Filename})},
			"Content-Transfer-Encoding": {"base64"},
		})
		if err != nil {
			return nil, err
		}
		encoded := base64.StdEncoding.EncodeToString(a.Data)
		for len(encoded) > 76 { // MIME: at most 76 characters a line
			io.WriteString(part, encoded[:76]+"\r\n")
			encoded = encoded[76:]
		}
		io.WriteString(part, encoded+"\r\n")
	}
	if err := mw.Close(); err != nil { // the closing boundary
		return nil, err
	}
	return b.Bytes(), nil
}
