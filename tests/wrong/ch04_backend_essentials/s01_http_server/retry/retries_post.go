package retry

import (
	"io"
	"net/http"
	"time"
)

// Retry is an http.RoundTripper that sends idempotent requests again when
// the server answers 503 Service Unavailable.
type Retry struct {
	Next     http.RoundTripper // sends each attempt; nil means http.DefaultTransport
	Attempts int               // attempts in all, the first included; less than 1 means 1
	Backoff  time.Duration     // the wait before the second attempt, doubled before each later one
}

// RoundTrip sends req through t.Next, and again after a wait while the
// answer is 503 and attempts remain.
func (t *Retry) RoundTrip(req *http.Request) (*http.Response, error) {
	next := t.Next
	if next == nil {
		next = http.DefaultTransport
	}
	attempts := max(t.Attempts, 1)
	if req.Body != nil && req.Body != http.NoBody && req.GetBody == nil {
		attempts = 1 // the body can be read only once
	}
	wait := t.Backoff
	for attempt := 1; ; attempt++ {
		try := req
		if attempt > 1 {
			try = req.Clone(req.Context()) // never change the caller's request
			if req.GetBody != nil {
				body, err := req.GetBody()
				if err != nil {
					return nil, err
				}
				try.Body = body
			}
		}
		resp, err := next.RoundTrip(try)
		if err != nil || resp.StatusCode != http.StatusServiceUnavailable || attempt >= attempts {
			return resp, err
		}
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10)) // so the connection can be reused
		resp.Body.Close()

		timer := time.NewTimer(wait)
		select {
		case <-req.Context().Done():
			timer.Stop()
			return nil, req.Context().Err()
		case <-timer.C:
		}
		wait *= 2
	}
}
