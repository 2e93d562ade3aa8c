// Wrong: requests are built on the shared base Sling itself (no New()): every call changes it for the next one.
package issues

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/dghubble/sling"
)

// Issue is an issue as the tracker returns it.
type Issue struct {
	Number int      `json:"number"`
	Title  string   `json:"title"`
	State  string   `json:"state"`
	Labels []string `json:"labels"`
}

// NewIssue is the body of a request that opens an issue.
type NewIssue struct {
	Title  string   `json:"title"`
	Body   string   `json:"body,omitempty"`
	Labels []string `json:"labels,omitempty"`
}

// ListOptions filter a list of issues; zero fields are left out of the query.
type ListOptions struct {
	State   string   `url:"state,omitempty"`        // "open", "closed" or "all"
	Labels  []string `url:"labels,comma,omitempty"` // labels=bug,ui
	Page    int      `url:"page,omitempty"`
	PerPage int      `url:"per_page,omitempty"`
}

// APIError is the tracker's error body, with the status code.
type APIError struct {
	Status  int    `json:"-"`
	Message string `json:"message"`
}

func (e *APIError) Error() string {
	return fmt.Sprintf("issues: status %d: %s", e.Status, e.Message)
}

// Client is a client of the issue tracker's API.
type Client struct {
	base *sling.Sling // the common part of every request; never modified after New
}

// New returns a Client that sends requests with httpClient to the API at
// baseURL (which may end in "/" or not, and may have a path such as
// "https://git.example.com/api/v3"), authenticated with token.
func New(httpClient *http.Client, baseURL, token string) *Client {
	if !strings.HasSuffix(baseURL, "/") {
		baseURL += "/" // without it, relative paths would replace the last segment
	}
	base := sling.New().
		Client(httpClient).
		Base(baseURL).
		Set("Authorization", "Bearer "+token).
		Set("Accept", "application/json").
		Set("User-Agent", "issues-client/1.0")
	return &Client{base: base}
}

// send builds the request of s, sends it with ctx and decodes a 2xx response
// into success; any other status is returned as an *APIError.
func send(ctx context.Context, s *sling.Sling, success any) error {
	req, err := s.Request()
	if err != nil {
		return err
	}
	apiErr := new(APIError)
	resp, err := s.Do(req.WithContext(ctx), success, apiErr)
	if err != nil {
		return err
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		apiErr.Status = resp.StatusCode
		return apiErr
	}
	return nil
}

// List returns the issues of owner/repo: GET repos/{owner}/{repo}/issues,
// with opts (which may be nil) as the query.
func (c *Client) List(ctx context.Context, owner, repo string, opts *ListOptions) ([]Issue, error) {
	s := c.base.Get("repos/" + owner + "/" + repo + "/issues")
	if opts != nil {
		s = s.QueryStruct(opts)
	}
	var issues []Issue
	if err := send(ctx, s, &issues); err != nil {
		return nil, err
	}
	return issues, nil
}

// Create opens an issue in owner/repo: POST repos/{owner}/{repo}/issues with
// in as JSON; the tracker answers 201 Created with the new issue.
func (c *Client) Create(ctx context.Context, owner, repo string, in NewIssue) (*Issue, error) {
	s := c.base.Post("repos/" + owner + "/" + repo + "/issues").BodyJSON(&in)
	issue := new(Issue)
	if err := send(ctx, s, issue); err != nil {
		return nil, err
	}
	return issue, nil
}
