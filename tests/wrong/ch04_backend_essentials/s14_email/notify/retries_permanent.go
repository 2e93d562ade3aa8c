package notify

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/smtp"
	"net/textproto"
	"time"
)

// Temporary reports whether sending again later may succeed: err is, or
// wraps, an SMTP reply with a 4xx code (a *textproto.Error, as net/smtp
// returns them) or a network error (a net.Error: the server could not be
// reached, or the connection broke).
func Temporary(err error) bool {
	var reply *textproto.Error
	if errors.As(err, &reply) {
		return reply.Code >= 400 && reply.Code < 500
	}
	var netErr net.Error
	return errors.As(err, &netErr)
}

// Notifier sends messages through an SMTP server, trying again after
// temporary failures.
type Notifier struct {
	Addr     string        // host:port of the SMTP server (no TLS, no AUTH)
	Attempts int           // attempts in all, the first included; less than 1 means 1
	Backoff  time.Duration // the wait before the second attempt, doubled before each later one
}

// Notify sends msg from from to the recipients to with smtp.SendMail. After
// a temporary failure it waits and tries again, up to n.Attempts attempts;
// any other failure, or the last one, is returned at once, wrapped. When ctx
// ends, before an attempt or during a wait, Notify returns ctx.Err().
func (n *Notifier) Notify(ctx context.Context, from string, to []string, msg []byte) error {
	attempts := max(n.Attempts, 1)
	wait := n.Backoff
	for attempt := 1; ; attempt++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		err := smtp.SendMail(n.Addr, nil, from, to, msg)
		if err == nil {
			return nil
		}
		if attempt >= attempts {

			return fmt.Errorf("notify: %d attempts failed, the last: %w", attempts, err)
		}
		timer := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			timer.Stop()
			return ctx.Err()
		case <-timer.C:
		}
		wait *= 2
	}
}
