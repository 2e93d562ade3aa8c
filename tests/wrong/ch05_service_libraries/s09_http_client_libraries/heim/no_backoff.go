// Wrong: no retrier: heimdall's default retrier waits 0 between attempts, which hammers a server that is already down.
package heim

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/gojek/heimdall/v7/httpclient"
)

// Config configures a Client.
type Config struct {
	Timeout   time.Duration     // limit for each attempt
	Retries   int               // retries after the first attempt, for Get only
	Backoff   time.Duration     // the same wait before every retry, no jitter
	Transport http.RoundTripper // sends the requests; nil means http.DefaultTransport
}

// StatusError reports a final response whose status was not 2xx.
type StatusError struct {
	Code int
}

func (e *StatusError) Error() string { return fmt.Sprintf("unexpected status %d", e.Code) }

// Client sends GETs that are retried and POSTs that are not.
type Client struct {
	get  *httpclient.Client // retries on errors and 5xx
	post *httpclient.Client // one attempt only
}

// New returns a Client configured from cfg.
func New(cfg Config) *Client {
	// WithHTTPTimeout only applies to the http.Client heimdall makes itself:
	// with WithHTTPClient, the timeout must be set on that client.
	hc := &http.Client{Timeout: cfg.Timeout, Transport: cfg.Transport}
	return &Client{
		get: httpclient.NewClient(
			httpclient.WithHTTPClient(hc),
			httpclient.WithRetryCount(cfg.Retries),
		),
		post: httpclient.NewClient(httpclient.WithHTTPClient(hc)), // retry count 0
	}
}

// result turns what heimdall returned into a 2xx body or an error. It closes
// the body.
func result(ctx context.Context, resp *http.Response, err error) ([]byte, error) {
	if resp != nil { // heimdall may return a response and an error together
		defer resp.Body.Close()
	}
	if ctxErr := ctx.Err(); ctxErr != nil {
		return nil, ctxErr // heimdall's error is flattened to text: errors.Is would not see it
	}
	if err != nil {
		return nil, err
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return nil, &StatusError{Code: resp.StatusCode}
	}
	return io.ReadAll(resp.Body)
}

// Get fetches url, retrying as configured, and returns the body of a 2xx
// response.
func (c *Client) Get(ctx context.Context, url string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.get.Do(req)
	return result(ctx, resp, err)
}

// Post sends body to url once, as application/json, and returns the body of
// a 2xx response.
func (c *Client) Post(ctx context.Context, url string, body []byte) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.post.Do(req)
	return result(ctx, resp, err)
}
