// Package pipeline turns orders into invoices with a Watermill router.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ThreeDotsLabs/watermill"
	"github.com/ThreeDotsLabs/watermill/message"
)

// ErrInvalid marks an order that no retry can fix (it is malformed, say).
// Process wraps it: fmt.Errorf("order %s: %w", id, ErrInvalid).
var ErrInvalid = errors.New("invalid order")

// ReasonKey is the metadata key under which PoisonQueue records the error.
const ReasonKey = "reason_poisoned"

// Retry returns a middleware that runs the handler again when it returns an
// error: at most maxRetries more times, waiting interval before the first
// retry and twice as long before each next one. An error wrapping ErrInvalid
// is not retried. When the message's context ends during a wait, it gives
// up and returns the last error. It returns the result of the last attempt.
func Retry(maxRetries int, interval time.Duration) message.HandlerMiddleware {
	// BEGIN SOLUTION
	return func(h message.HandlerFunc) message.HandlerFunc {
		return func(msg *message.Message) ([]*message.Message, error) {
			wait := interval
			for attempt := 0; ; attempt++ {
				produced, err := h(msg)
				if err == nil || attempt == maxRetries || errors.Is(err, ErrInvalid) {
					return produced, err
				}
				timer := time.NewTimer(wait)
				select {
				case <-timer.C:
				case <-msg.Context().Done():
					timer.Stop()
					return produced, err
				}
				wait *= 2
			}
		}
	}
	// END SOLUTION
}

// PoisonQueue returns a middleware that takes care of a message whose
// handler failed: it publishes the message on topic with pub, with the
// error's text in the metadata under ReasonKey, and returns no messages and
// no error, so that the router acknowledges it and goes on. If that publish
// fails, it returns the handler's error joined with the publish error.
func PoisonQueue(pub message.Publisher, topic string) message.HandlerMiddleware {
	// BEGIN SOLUTION
	return func(h message.HandlerFunc) message.HandlerFunc {
		return func(msg *message.Message) ([]*message.Message, error) {
			produced, err := h(msg)
			if err == nil {
				return produced, nil
			}
			msg.Metadata.Set(ReasonKey, err.Error())
			if perr := pub.Publish(topic, msg); perr != nil {
				return nil, errors.Join(err, fmt.Errorf("poison queue %s: %w", topic, perr))
			}
			return nil, err // keep the error: the router should know it failed
		}
	}
	// END SOLUTION
}

// Config names the topics and the retry policy.
type Config struct {
	InTopic     string // orders are read from here
	OutTopic    string // invoices are published here
	PoisonTopic string // orders that cannot be processed end up here

	MaxRetries    int           // retries after the first attempt
	RetryInterval time.Duration // the wait before the first retry
}

// Process turns the payload of an order into the payload of its invoice.
type Process func(ctx context.Context, order []byte) (invoice []byte, err error)

// NewRouter returns a router, not yet running, whose handler "invoices"
// reads cfg.InTopic from sub and publishes one invoice per order on
// cfg.OutTopic with pub. Failures are retried, then poisoned, as cfg says.
func NewRouter(sub message.Subscriber, pub message.Publisher, cfg Config, process Process, logger watermill.LoggerAdapter) (*message.Router, error) {
	// BEGIN SOLUTION
	if cfg.PoisonTopic == "" {
		return nil, errors.New("pipeline: no poison topic")
	}
	router, err := message.NewRouter(message.RouterConfig{CloseTimeout: 5 * time.Second}, logger)
	if err != nil {
		return nil, err
	}
	// The first middleware added is the outermost: the poison queue sees an
	// error only once every retry has failed.
	router.AddMiddleware(PoisonQueue(pub, cfg.PoisonTopic), Retry(cfg.MaxRetries, cfg.RetryInterval))
	router.AddHandler("invoices", cfg.InTopic, sub, cfg.OutTopic, pub,
		func(msg *message.Message) ([]*message.Message, error) {
			invoice, err := process(msg.Context(), msg.Payload)
			if err != nil {
				return nil, err
			}
			out := message.NewMessage(watermill.NewUUID(), invoice)
			out.Metadata.Set("order_uuid", msg.UUID)
			return []*message.Message{out}, nil
		})
	return router, nil
	// END SOLUTION
}
