// Wrong: the timeout is set on the shared http.Client: a data race, and it changes the caller's client (or http.DefaultClient) for everyone.
package fetch

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

const (
	// MaxErrorBody is how much of an error response's body StatusError keeps.
	MaxErrorBody = 512
	// MaxDrain is how much of a body's rest is read before closing it, so that
	// the connection can be reused. Longer bodies are closed unread: reading
	// megabytes to save one TCP handshake is a bad trade.
	MaxDrain = 64 << 10
)

// StatusError reports a response whose status was not 200 OK.
type StatusError struct {
	Code int    // the status code
	Body string // the first MaxErrorBody bytes of the body, white space trimmed
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("unexpected status %d: %s", e.Code, e.Body)
}

// Client fetches JSON documents.
type Client struct {
	HTTP    *http.Client  // shared by every call and goroutine; nil means http.DefaultClient
	Timeout time.Duration // limit for one call, body included; 0 means no limit of its own
}

// GetJSON sends a GET request for url and decodes the JSON body of a 200 OK
// response into out. Any other status is a *StatusError.
func (c *Client) GetJSON(ctx context.Context, url string, out any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Accept", "application/json")
	client := c.HTTP
	if client == nil {
		client = http.DefaultClient
	}
	client.Timeout = c.Timeout
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer func() {
		io.Copy(io.Discard, io.LimitReader(resp.Body, MaxDrain))
		resp.Body.Close()
	}()
	if resp.StatusCode != http.StatusOK {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, MaxErrorBody))
		return &StatusError{Code: resp.StatusCode, Body: string(bytes.TrimSpace(msg))}
	}
	if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
		return fmt.Errorf("decoding %s: %w", url, err)
	}
	return nil
}
