package pages

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strings"
)

// Site holds one template set per page: a clone of the layout with the page
// parsed into it.
type Site struct {
	pages map[string]*template.Template // by page name: "home" for pages/home.html
}

// NewSite parses the layout (layout/*.html) and then each page (pages/*.html)
// into its own clone of the layout.
func NewSite(fsys fs.FS) (*Site, error) {
	layout, err := template.ParseFS(fsys, "layout/*.html")
	if err != nil {
		return nil, fmt.Errorf("parse layout: %w", err)
	}
	files, err := fs.Glob(fsys, "pages/*.html")
	if err != nil {
		return nil, err
	}
	s := &Site{pages: make(map[string]*template.Template, len(files))}
	for _, file := range files {
		page, err := layout.Clone()
		layout = page // each page starts from the previous one
		if err != nil {
			return nil, err
		}
		if _, err := page.ParseFS(fsys, file); err != nil {
			return nil, fmt.Errorf("parse page: %w", err)
		}
		s.pages[strings.TrimSuffix(path.Base(file), ".html")] = page
	}
	return s, nil
}

// Render writes page name, executed with data from its "base" template: 200
// and the page, 404 for an unknown page, 500 and no part of the page when the
// execution fails.
func (s *Site) Render(w http.ResponseWriter, name string, data any) {
	page, ok := s.pages[name]
	if !ok {
		http.Error(w, "404 page not found", http.StatusNotFound)
		return
	}
	var buf bytes.Buffer
	if err := page.ExecuteTemplate(&buf, "base", data); err != nil {
		http.Error(w, "internal server error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	buf.WriteTo(w)
}
