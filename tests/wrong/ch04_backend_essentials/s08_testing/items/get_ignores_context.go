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
	resp, err := c.Get(fmt.Sprintf("%s/items/%d", baseURL, id))
	if err != nil {
		return Item{}, fmt.Errorf("get item %d: %w", id, err)
	}
	defer resp.Body.Close()
	switch resp.StatusCode {
	case http.StatusOK:
		var item Item
		if err := json.NewDecoder(resp.Body).Decode(&item); err != nil {
			return Item{}, fmt.Errorf("get item %d: %w", id, err)
		}
		return item, nil
	case http.StatusNotFound:
		return Item{}, fmt.Errorf("get item %d: %w", id, ErrNotFound)
	default:
		return Item{}, fmt.Errorf("get item %d: unexpected status %s", id, resp.Status)
	}
}
