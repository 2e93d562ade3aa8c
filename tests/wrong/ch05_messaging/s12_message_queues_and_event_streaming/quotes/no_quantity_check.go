// Package quotes is a price-quote service over NATS request/reply.
package quotes

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/nats-io/nats.go"
)

// Request asks for the price of Qty units of SKU.
type Request struct {
	SKU string `json:"sku"`
	Qty int    `json:"qty"`
}

// Quote answers a Request. Total is in cents.
type Quote struct {
	SKU   string `json:"sku"`
	Qty   int    `json:"qty"`
	Total int    `json:"total"`
}

// ErrorHeader is the header of a reply that refuses a request; its value
// says why, and the reply's body is empty.
const ErrorHeader = "Quote-Error"

// ErrRejected is returned (wrapped) by Ask when the service refused.
var ErrRejected = errors.New("quote rejected")

// Serve answers requests on subject as a member of the queue group queue,
// so that several instances share the requests. price returns the unit
// price of a SKU in cents, or an error for an unknown SKU.
func Serve(nc *nats.Conn, subject, queue string, price func(sku string) (int, error)) (*nats.Subscription, error) {
	// BEGIN SOLUTION
	return nc.QueueSubscribe(subject, queue, func(m *nats.Msg) {
		reject := func(reason string) {
			reply := nats.NewMsg(m.Reply)
			reply.Header.Set(ErrorHeader, reason)
			_ = m.RespondMsg(reply)
		}
		var req Request
		if err := json.Unmarshal(m.Data, &req); err != nil {
			reject("malformed request: " + err.Error())
			return
		}
		if req.SKU == "" {
			reject(fmt.Sprintf("invalid request: sku %q, qty %d", req.SKU, req.Qty))
			return
		}
		unit, err := price(req.SKU)
		if err != nil {
			reject(err.Error())
			return
		}
		body, err := json.Marshal(Quote{SKU: req.SKU, Qty: req.Qty, Total: unit * req.Qty})
		if err != nil {
			reject(err.Error())
			return
		}
		_ = m.Respond(body)
	})
	// END SOLUTION
}

// Ask sends req on subject and waits for the reply until ctx ends.
func Ask(ctx context.Context, nc *nats.Conn, subject string, req Request) (Quote, error) {
	// BEGIN SOLUTION
	data, err := json.Marshal(req)
	if err != nil {
		return Quote{}, err
	}
	reply, err := nc.RequestWithContext(ctx, subject, data)
	if err != nil {
		return Quote{}, fmt.Errorf("quote %s: %w", req.SKU, err)
	}
	if reason := reply.Header.Get(ErrorHeader); reason != "" {
		return Quote{}, fmt.Errorf("%w: %s", ErrRejected, reason)
	}
	var q Quote
	if err := json.Unmarshal(reply.Data, &q); err != nil {
		return Quote{}, fmt.Errorf("quote %s: bad reply: %w", req.SKU, err)
	}
	return q, nil
	// END SOLUTION
}
