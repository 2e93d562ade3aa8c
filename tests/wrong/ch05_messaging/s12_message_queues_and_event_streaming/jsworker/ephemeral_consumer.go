package jsworker

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// ErrPermanent marks a failure that retrying cannot fix (a malformed
// message, say). Wrap it: fmt.Errorf("bad order %q: %w", id, ErrPermanent).
var ErrPermanent = errors.New("permanent failure")

// Config says which durable consumer Run uses.
type Config struct {
	Stream     string        // the stream to read; it exists already
	Durable    string        // the durable consumer's name
	AckWait    time.Duration // how long the server waits for an ack before redelivering
	MaxDeliver int           // how many times the server delivers a message at most
}

// Delivery is one message handed to a Handler.
type Delivery struct {
	Subject string
	Data    []byte
	Attempt int // 1 on the first delivery, 2 on the first redelivery, ...
}

// Handler processes one message. nil: done; an error wrapping ErrPermanent:
// never try again; any other error: try again.
type Handler func(ctx context.Context, d Delivery) error

// Run consumes from the durable consumer cfg.Durable until ctx is done.
func Run(ctx context.Context, js jetstream.JetStream, cfg Config, handle Handler) error {
	// BEGIN SOLUTION
	cons, err := js.CreateConsumer(ctx, cfg.Stream, jetstream.ConsumerConfig{
		AckPolicy:  jetstream.AckExplicitPolicy,
		AckWait:    cfg.AckWait,
		MaxDeliver: cfg.MaxDeliver,
	})
	if err != nil {
		return fmt.Errorf("consumer %s: %w", cfg.Durable, err)
	}
	cc, err := cons.Consume(func(m jetstream.Msg) {
		meta, err := m.Metadata()
		if err != nil {
			_ = m.Term()
			return
		}
		err = handle(ctx, Delivery{Subject: m.Subject(), Data: m.Data(), Attempt: int(meta.NumDelivered)})
		switch {
		case err == nil:
			_ = m.DoubleAck(context.WithoutCancel(ctx))
		case errors.Is(err, ErrPermanent):
			_ = m.Term()
		default:
			_ = m.Nak()
		}
	})
	if err != nil {
		return fmt.Errorf("consume %s: %w", cfg.Durable, err)
	}
	<-ctx.Done()
	cc.Stop()
	<-cc.Closed()
	return nil
	// END SOLUTION
}
