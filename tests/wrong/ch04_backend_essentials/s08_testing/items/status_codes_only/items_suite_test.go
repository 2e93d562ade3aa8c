package items

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// decodeObject decodes a JSON object, and fails the test when body is not
// one. Numbers come out as float64: {"id": 1} gives map[id:1] with a
// float64 1.
func decodeObject(t *testing.T, body []byte) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(body, &m); err != nil {
		t.Fatalf("body %q is not a JSON object: %v", body, err)
	}
	return m
}

// TestAPICreate checks POST /items.
func TestAPICreate(t *testing.T) {
	h := NewHandler()
	for _, name := range []string{"tea", "coffee"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("POST", "/items", strings.NewReader(`{"name":"`+name+`"}`)))
		if rec.Code != http.StatusCreated {
			t.Errorf("POST /items %s: status %d, want %d", name, rec.Code, http.StatusCreated)
		}
	}
}

// TestAPIGet checks GET /items/{id}.
func TestAPIGet(t *testing.T) {
	srv := httptest.NewServer(NewHandler())
	defer srv.Close()
	for _, name := range []string{"tea", "coffee"} {
		resp, err := srv.Client().Post(srv.URL+"/items", "application/json", strings.NewReader(`{"name":"`+name+`"}`))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
	}
	tests := []struct {
		name   string
		path   string
		status int
		body   map[string]any // nil: an error body
	}{
		{"first item", "/items/1", http.StatusOK, map[string]any{"id": float64(1), "name": "tea"}},
		{"second item", "/items/2", http.StatusOK, map[string]any{"id": float64(2), "name": "coffee"}},
		{"unknown id", "/items/3", http.StatusNotFound, nil},
		{"id not a number", "/items/tea", http.StatusNotFound, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := srv.Client().Get(srv.URL + tt.path)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			if resp.StatusCode != tt.status {
				t.Errorf("GET %s: status %d, want %d", tt.path, resp.StatusCode, tt.status)
			}
		})
	}
}

// TestAPIBadRequests checks that invalid items are refused.
func TestAPIBadRequests(t *testing.T) {
	for _, body := range []string{`{"name":""}`, `{}`, `not json`, `["tea"]`, ``} {
		t.Run(body, func(t *testing.T) {
			h := NewHandler()
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("POST", "/items", strings.NewReader(body)))
			if rec.Code != http.StatusBadRequest {
				t.Errorf("POST /items %s: status %d, want %d", body, rec.Code, http.StatusBadRequest)
			}
			// Nothing was created: there is no item 1.
			rec = httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("GET", "/items/1", nil))
			if rec.Code != http.StatusNotFound {
				t.Errorf("after POST /items %s, GET /items/1: status %d, want %d", body, rec.Code, http.StatusNotFound)
			}
		})
	}
}
