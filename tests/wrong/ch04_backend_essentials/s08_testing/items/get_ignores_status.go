package items

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
)

// ErrNotFound is wrapped by the error GetItem returns for 404 Not Found.
var ErrNotFound = errors.New("item not found")

// GetItem fetches item id from the API at baseURL (such as
// "http://127.0.0.1:8080") with client c. It returns the item for 200 OK,
// an error wrapping ErrNotFound for 404 Not Found, and an error naming the
// status for any other status. It stops when ctx is done.
func GetItem(ctx context.Context, c *http.Client, baseURL string, id int) (Item, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/items/%d", baseURL, id), nil)
	if err != nil {
		return Item{}, err
	}
	resp, err := c.Do(req)
	if err != nil {
		return Item{}, fmt.Errorf("get item %d: %w", id, err)
	}
	defer resp.Body.Close()
	var item Item
	if err := json.NewDecoder(resp.Body).Decode(&item); err != nil {
		return Item{}, fmt.Errorf("get item %d: %w", id, err)
	}
	return item, nil
}
