package send

import (
	"crypto/tls"
	"fmt"
	"mime"
	"net"
	"net/smtp"
	"strings"
)

// Server says how to reach a mail submission server.
type Server struct {
	Addr     string      // host:port
	TLS      *tls.Config // not nil: upgrade with STARTTLS before anything else
	Username string      // not empty: authenticate with AUTH PLAIN
	Password string
}

// Mail is one plain-text message.
type Mail struct {
	From    string   // the sender's address: "alice@example.com"
	To, Cc  []string // recipients named in the header
	Bcc     []string // recipients named nowhere in the message
	Subject string
	Body    string
}

// Format returns the message of m: the header fields From, To, Cc (only
// when there are Cc recipients), Subject (encoded when it is not ASCII),
// MIME-Version, Content-Type and Content-Transfer-Encoding, an empty line,
// and the body. Every line ends in CRLF. The Bcc recipients appear nowhere.
func Format(m Mail) []byte {
	var msg strings.Builder
	msg.WriteString("From: " + m.From + "\r\n")
	msg.WriteString("To: " + strings.Join(m.To, ", ") + "\r\n")
	if len(m.Cc) > 0 {
		msg.WriteString("Cc: " + strings.Join(m.Cc, ", ") + "\r\n")
	}
	msg.WriteString("Subject: " + mime.QEncoding.Encode("utf-8", m.Subject) + "\r\n")
	msg.WriteString("MIME-Version: 1.0\r\n")
	msg.WriteString("Content-Type: text/plain; charset=utf-8\r\n")
	msg.WriteString("Content-Transfer-Encoding: 8bit\r\n")
	msg.WriteString("\r\n")
	body := strings.ReplaceAll(m.Body, "\r\n", "\n")
	msg.WriteString(strings.ReplaceAll(body, "\n", "\r\n"))
	return []byte(msg.String())
}

// Send delivers m through the server s with net/smtp: STARTTLS when s.TLS is
// set, AUTH PLAIN when s.Username is set, then one transaction for all the
// recipients with the message Format(m), and QUIT. Every error is returned
// wrapped (%w), and the connection is closed on every path.
func Send(s Server, m Mail) error {
	host, _, err := net.SplitHostPort(s.Addr)
	if err != nil {
		return fmt.Errorf("send: %w", err)
	}
	c, err := smtp.Dial(s.Addr)
	if err != nil {
		return fmt.Errorf("send: %w", err)
	}
	defer c.Close() // after Quit it only returns an error, which nobody reads

	if s.TLS != nil {
		cfg := s.TLS.Clone()
		if cfg.ServerName == "" {
			cfg.ServerName = host
		}
		c.StartTLS(cfg) // if the server cannot do TLS, carry on without

	}
	if s.Username != "" {
		if err := c.Auth(smtp.PlainAuth("", s.Username, s.Password, host)); err != nil {
			return fmt.Errorf("send: AUTH: %w", err)
		}
	}
	if err := c.Mail(m.From); err != nil {
		return fmt.Errorf("send: MAIL FROM: %w", err)
	}
	for _, list := range [][]string{m.To, m.Cc, m.Bcc} {
		for _, rcpt := range list {
			if err := c.Rcpt(rcpt); err != nil {
				return fmt.Errorf("send: RCPT TO %s: %w", rcpt, err)
			}
		}
	}

	w, err := c.Data()
	if err != nil {
		return fmt.Errorf("send: DATA: %w", err)
	}
	if _, err := w.Write(Format(m)); err != nil {
		return fmt.Errorf("send: DATA: %w", err)
	}
	if err := w.Close(); err != nil { // the server's verdict on the message
		return fmt.Errorf("send: DATA: %w", err)
	}
	if err := c.Quit(); err != nil {
		return fmt.Errorf("send: QUIT: %w", err)
	}
	return nil
}
