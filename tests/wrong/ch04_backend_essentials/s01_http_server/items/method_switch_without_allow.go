package items

import (
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"sync"
)

// MaxBodyBytes is the largest request body the API reads.
const MaxBodyBytes = 1024

// Item is what the API stores. Price is in cents.
type Item struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Price int    `json:"price"`
}

// Store keeps items in memory. It is safe for concurrent use.
type Store struct {
	mu    sync.Mutex
	items map[string]Item
	last  int
}

// NewStore returns an empty store.
func NewStore() *Store { return &Store{items: map[string]Item{}} }

// Get returns the item with the given id.
func (s *Store) Get(id string) (Item, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	it, ok := s.items[id]
	return it, ok
}

// Create stores a new item and returns it with its id: "1", "2", ...
func (s *Store) Create(name string, price int) Item {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.last++
	it := Item{ID: strconv.Itoa(s.last), Name: name, Price: price}
	s.items[it.ID] = it
	return it
}

// Delete removes an item and reports whether it existed.
func (s *Store) Delete(id string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.items[id]
	delete(s.items, id)
	return ok
}

// Len returns the number of items.
func (s *Store) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.items)
}

// writeJSON sends v as JSON with the given status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// writeError sends {"error": msg} with the given status.
func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

// NewHandler returns the handler of the items API backed by store.
func NewHandler(store *Store) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/items/{id}", func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodGet:
		case http.MethodDelete:
			if !store.Delete(r.PathValue("id")) {
				writeError(w, http.StatusNotFound, "no such item")
				return
			}
			w.WriteHeader(http.StatusNoContent)
			return
		default:
			writeError(w, http.StatusMethodNotAllowed, "method not allowed")
			return
		}
		it, ok := store.Get(r.PathValue("id"))
		if !ok {
			writeError(w, http.StatusNotFound, "no such item")
			return
		}
		writeJSON(w, http.StatusOK, it)
	})
	mux.HandleFunc("/items", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			writeError(w, http.StatusMethodNotAllowed, "method not allowed")
			return
		}
		mediaType, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
		if err != nil || mediaType != "application/json" {
			writeError(w, http.StatusUnsupportedMediaType, "the body must be application/json")
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, MaxBodyBytes)
		dec := json.NewDecoder(r.Body)
		dec.DisallowUnknownFields()
		var in struct {
			Name  string `json:"name"`
			Price int    `json:"price"`
		}
		err = dec.Decode(&in)
		if err == nil { // the body must hold one object and nothing else
			if err = dec.Decode(&struct{}{}); err == io.EOF {
				err = nil
			} else if err == nil {
				err = errors.New("data after the JSON object")
			}
		}
		var tooBig *http.MaxBytesError
		switch {
		case errors.As(err, &tooBig):
			writeError(w, http.StatusRequestEntityTooLarge, "body too large")
			return
		case err != nil:
			writeError(w, http.StatusBadRequest, "invalid JSON: "+err.Error())
			return
		case strings.TrimSpace(in.Name) == "" || in.Price < 0:
			writeError(w, http.StatusBadRequest, "name must not be empty and price must not be negative")
			return
		}
		it := store.Create(in.Name, in.Price)
		w.Header().Set("Location", "/items/"+it.ID)
		writeJSON(w, http.StatusCreated, it)
	})
	return mux
}
