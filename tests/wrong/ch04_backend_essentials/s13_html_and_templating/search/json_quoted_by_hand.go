package search

import (
	"bytes"
	"html/template"
	"net/http"
	"strings"
)

// CSP is the Content-Security-Policy of the page: scripts only from the site
// itself, never inline.
const CSP = "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"

// SearchHandler returns the handler of the search page, for the query in the
// URL parameter q.
func SearchHandler() http.Handler {
	page := template.Must(template.New("search").Parse(`<title>Search: {{.Q}}</title>
<form action="/search"><input name="q" value="{{.Q}}"></form>
<a href="/search?q={{.Q}}&amp;page=2">next page</a>
<script type="application/json" id="query">{{.JSON}}</script>
<script src="/static/search.js"></script>
`))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q := strings.TrimSpace(r.URL.Query().Get("q"))
		var buf bytes.Buffer
		// Quote the query for JSON by hand, and mark it as safe JavaScript.
		data := struct {
			Q    string
			JSON template.JS
		}{q, template.JS(`"` + strings.ReplaceAll(q, `"`, `\"`) + `"`)}
		if err := page.Execute(&buf, data); err != nil {
			http.Error(w, "internal server error", http.StatusInternalServerError)
			return
		}
		h := w.Header()
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Content-Security-Policy", CSP)
		h.Set("X-Content-Type-Options", "nosniff")
		buf.WriteTo(w)
	})
}
