// Wrong: retryAfter returns an error when the header is missing, and resty stops retrying on that error.
package catalog

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/go-resty/resty/v2"
)

// Product is the catalog's resource.
type Product struct {
	ID    int    `json:"id"`
	Name  string `json:"name"`
	Price int    `json:"price"` // in cents
}

// APIError is the JSON error body of the catalog API, with the status code.
type APIError struct {
	Status  int    `json:"-"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

func (e *APIError) Error() string {
	return fmt.Sprintf("catalog: status %d: %s: %s", e.Status, e.Code, e.Message)
}

// Config configures a Client.
type Config struct {
	BaseURL string        // for example "http://127.0.0.1:8080/v1"
	Token   string        // sent as "Authorization: Bearer <Token>"
	Timeout time.Duration // limit for each attempt
	Retries int           // retries after the first attempt; 0: no retry
	Wait    time.Duration // first wait between attempts (resty doubles it, with jitter)
	MaxWait time.Duration // longest wait between attempts, Retry-After included
}

// Client is a client of the catalog API.
type Client struct {
	r *resty.Client
}

// quiet is a resty.Logger that drops everything: resty logs each failed
// attempt, which the caller learns about from the error anyway.
type quiet struct{}

func (quiet) Errorf(string, ...any) {}
func (quiet) Warnf(string, ...any)  {}
func (quiet) Debugf(string, ...any) {}

// New returns a Client configured from cfg.
func New(cfg Config) *Client {
	r := resty.New().
		SetLogger(quiet{}).
		SetBaseURL(cfg.BaseURL).
		SetAuthToken(cfg.Token).
		SetHeader("Accept", "application/json").
		SetTimeout(cfg.Timeout).
		SetRetryCount(cfg.Retries).
		SetRetryWaitTime(cfg.Wait).
		SetRetryMaxWaitTime(cfg.MaxWait).
		AddRetryCondition(retryable).
		SetRetryAfter(retryAfter)
	return &Client{r: r}
}

// retryable is the retry condition: it reports whether the attempt that
// gave resp and err should be tried again.
func retryable(resp *resty.Response, err error) bool {
	if resp == nil || resp.Request == nil {
		return false
	}
	switch resp.Request.Method {
	case http.MethodGet, http.MethodHead, http.MethodOptions, http.MethodPut, http.MethodDelete:
	default:
		return false // POST and PATCH: never sent twice
	}
	if err != nil {
		return true // no answer at all: a timeout, a refused or reset connection
	}
	code := resp.StatusCode()
	return code == http.StatusTooManyRequests || code >= 500
}

// retryAfter tells resty how long to wait before the next attempt: the
// Retry-After header's seconds when there are some, otherwise 0, which
// means "use the backoff".
func retryAfter(_ *resty.Client, resp *resty.Response) (time.Duration, error) {
	secs, err := strconv.Atoi(resp.Header().Get("Retry-After"))
	if err != nil {
		return 0, err
	}
	return time.Duration(secs) * time.Second, nil
}

// check turns the outcome of a call into the error the methods return: the
// transport error, nil for a 2xx status, or an *APIError.
func check(resp *resty.Response, err error) error {
	if err != nil {
		return err
	}
	if resp.IsSuccess() {
		return nil
	}
	apiErr, ok := resp.Error().(*APIError)
	if !ok || apiErr == nil {
		apiErr = &APIError{}
	}
	apiErr.Status = resp.StatusCode()
	if apiErr.Code == "" && apiErr.Message == "" {
		apiErr.Message = resp.String() // not JSON: a proxy's text or HTML
	}
	return apiErr
}

// Get fetches a product: GET {BaseURL}/products/{id}.
func (c *Client) Get(ctx context.Context, id int) (*Product, error) {
	var p Product
	resp, err := c.r.R().
		SetContext(ctx).
		SetPathParam("id", strconv.Itoa(id)).
		SetResult(&p).
		SetError(&APIError{}).
		Get("/products/{id}")
	if err := check(resp, err); err != nil {
		return nil, err
	}
	return &p, nil
}

// Create adds a product: POST {BaseURL}/products with p as JSON. The server
// answers 201 Created with the stored product. Never retried.
func (c *Client) Create(ctx context.Context, p Product) (*Product, error) {
	var created Product
	resp, err := c.r.R().
		SetContext(ctx).
		SetBody(p).
		SetResult(&created).
		SetError(&APIError{}).
		Post("/products")
	if err := check(resp, err); err != nil {
		return nil, err
	}
	return &created, nil
}

// Delete removes a product: DELETE {BaseURL}/products/{id}, answered with
// 204 No Content.
func (c *Client) Delete(ctx context.Context, id int) error {
	resp, err := c.r.R().
		SetContext(ctx).
		SetPathParam("id", strconv.Itoa(id)).
		SetError(&APIError{}).
		Delete("/products/{id}")
	return check(resp, err)
}
