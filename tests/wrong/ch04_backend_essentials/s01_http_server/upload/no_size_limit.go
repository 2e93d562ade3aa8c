package upload

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
)

// MaxUploadBytes is the most Handler reads of a request body: the file, the
// other fields and the multipart framing together.
const MaxUploadBytes = 256 << 10

// Allowed maps the content types Handler accepts to the extension it gives
// the stored file.
var Allowed = map[string]string{
	"image/png":       ".png",
	"image/jpeg":      ".jpg",
	"application/pdf": ".pdf",
}

// File is an uploaded file.
type File struct {
	Name        string `json:"name"`
	ContentType string `json:"content_type"`
	Size        int    `json:"size"`
	Data        []byte `json:"-"`
}

// Store keeps uploaded files in memory. It is safe for concurrent use.
type Store struct {
	mu    sync.Mutex
	files []File
}

// Add stores f.
func (s *Store) Add(f File) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.files = append(s.files, f)
}

// Files returns the stored files in the order they were added.
func (s *Store) Files() []File {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]File(nil), s.files...)
}

// Handler accepts a multipart/form-data POST with one file in the field
// "file", stores it in store and answers 201 with the stored File as JSON.
func Handler(store *Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseMultipartForm(64 << 10); err != nil {
			var tooBig *http.MaxBytesError
			switch {
			case errors.As(err, &tooBig):
				http.Error(w, "upload too large", http.StatusRequestEntityTooLarge)
			case errors.Is(err, http.ErrNotMultipart):
				http.Error(w, "expected multipart/form-data", http.StatusUnsupportedMediaType)
			default:
				http.Error(w, "malformed multipart body", http.StatusBadRequest)
			}
			return
		}
		file, header, err := r.FormFile("file")
		if err != nil {
			http.Error(w, "no file in the field \"file\"", http.StatusBadRequest)
			return
		}
		defer file.Close()
		data, err := io.ReadAll(file)
		if err != nil {
			http.Error(w, "cannot read the file", http.StatusBadRequest)
			return
		}
		if len(data) == 0 {
			http.Error(w, "the file is empty", http.StatusBadRequest)
			return
		}
		// The client chose the part's Content-Type and the filename: sniff.
		contentType := http.DetectContentType(data)
		ext, ok := Allowed[contentType]
		if !ok {
			http.Error(w, "file type not allowed: "+contentType, http.StatusUnsupportedMediaType)
			return
		}
		base := filepath.Base(header.Filename)
		f := File{
			Name:        strings.TrimSuffix(base, filepath.Ext(base)) + ext,
			ContentType: contentType,
			Size:        len(data),
			Data:        data,
		}
		store.Add(f)
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusCreated)
		json.NewEncoder(w).Encode(f)
	}
}
