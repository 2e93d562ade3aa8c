// Package orders moves order events through Kafka, in order per order.
package orders

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/twmb/franz-go/pkg/kgo"
)

// Event is one change to an order. The events of one order must be applied
// in the order they were published.
type Event struct {
	OrderID string `json:"order_id"`
	Seq     int    `json:"seq"` // 1, 2, 3... within one order
	Status  string `json:"status"`
}

// Publish writes events to topic, in order, as JSON records keyed by
// OrderID. It returns when Kafka has acknowledged every record, or the
// first error.
func Publish(ctx context.Context, cl *kgo.Client, topic string, events []Event) error {
	// BEGIN SOLUTION
	records := make([]*kgo.Record, 0, len(events))
	for _, e := range events {
		value, err := json.Marshal(e)
		if err != nil {
			return fmt.Errorf("encode %s/%d: %w", e.OrderID, e.Seq, err)
		}
		records = append(records, &kgo.Record{Topic: topic, Key: []byte(e.OrderID), Value: value})
	}
	return cl.ProduceSync(ctx, records...).FirstErr()
	// END SOLUTION
}

// NewConsumer returns a client that consumes topic as a member of group,
// from the start of the topic when the group has committed nothing, and
// that never commits on its own. opts (brokers, timeouts) are added.
func NewConsumer(topic, group string, opts ...kgo.Opt) (*kgo.Client, error) {
	// BEGIN SOLUTION
	all := append([]kgo.Opt{
		kgo.ConsumeTopics(topic),
		kgo.ConsumerGroup(group),
		kgo.ConsumeStartOffset(kgo.NewOffset().AtStart()),
	}, opts...)
	return kgo.NewClient(all...)
	// END SOLUTION
}

// Consume polls cl and calls handle for every event, in the order of each
// partition, committing the offsets of the records it has processed. A
// record that is not an Event in JSON is skipped (and committed). It
// returns handle's first error, ctx.Err() once ctx is done, or a fetch error;
// before it returns, the records processed so far are committed.
func Consume(ctx context.Context, cl *kgo.Client, handle func(context.Context, Event) error) error {
	// BEGIN SOLUTION
	for {
		fetches := cl.PollFetches(ctx)
		if err := ctx.Err(); err != nil {
			return err
		}
		if fetches.IsClientClosed() {
			return kgo.ErrClientClosed
		}
		if err := fetches.Err(); err != nil {
			return fmt.Errorf("poll: %w", err)
		}
		var done []*kgo.Record
		var failed error
		for iter := fetches.RecordIter(); !iter.Done() && failed == nil; {
			r := iter.Next()
			var e Event
			if err := json.Unmarshal(r.Value, &e); err != nil {
				done = append(done, r) // it can never succeed: skip it
				continue
			}
			if err := handle(ctx, e); err != nil {
				failed = err
				break
			}
			done = append(done, r)
			if ctx.Err() != nil {
				break
			}
		}
		_ = done // the client commits polled offsets every 5s and when it closes
		if failed != nil {
			return failed
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	// END SOLUTION
}
