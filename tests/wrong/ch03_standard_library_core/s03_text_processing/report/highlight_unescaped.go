package report

import (
	"fmt"
	"html/template"
	"io"
	"strings"
)

// Incident is one outage of the week.
type Incident struct {
	ID      int
	Title   string   // typed by users: may contain anything
	Link    string   // URL of the ticket, typed by users
	Minutes int      // how long the outage lasted
	Tags    []string // typed by users
}

// Report is the data of the weekly page.
type Report struct {
	Title     string
	Search    string // term to highlight in incident titles; may be empty
	Incidents []Incident
}

// pageHTML is the page template. html/template escapes every value for the
// place where it appears: HTML text, an attribute, a URL, JavaScript.
const pageHTML = `<h1>{{.Title}}</h1>
<p>{{plural (len .Incidents) "incident"}}</p>
{{- range .Incidents}}
<div class="incident" data-tags="{{join .Tags ","}}">
  <a href="{{.Link}}">#{{.ID}}</a> {{highlight $.Search .Title}} ({{duration .Minutes}})
</div>
{{- else}}
<p>No incidents.</p>
{{- end}}
<script>const search = {{.Search}};</script>
`

// funcs are the functions the page template calls, by name.
var funcs = template.FuncMap{
	"duration":  Duration,
	"highlight": Highlight,
	"join":      strings.Join,
	"plural":    plural,
}

// plural returns "1 incident", "2 incidents": a template function written for you.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// page is parsed once, when the package is initialised.
var page = template.Must(template.New("page").Funcs(funcs).Parse(pageHTML))

// Duration formats a number of minutes as "45m", "1h05m" or "26h00m".
// A negative number of minutes is an error.
func Duration(minutes int) (string, error) {
	switch {
	case minutes < 0:
		return "", fmt.Errorf("negative duration: %d minutes", minutes)
	case minutes < 60:
		return fmt.Sprintf("%dm", minutes), nil
	default:
		return fmt.Sprintf("%dh%02dm", minutes/60, minutes%60), nil
	}
}

// Highlight returns text as HTML, escaped, with every occurrence of term
// wrapped in <mark>...</mark>. An empty term marks nothing.
func Highlight(term, text string) template.HTML {
	if term == "" {
		return template.HTML(text)
	}
	return template.HTML(strings.ReplaceAll(text, term, "<mark>"+term+"</mark>"))
}

// Render writes the page for r to w. When the template fails, it returns
// the error and writes nothing.
func Render(w io.Writer, r Report) error {
	var b strings.Builder
	if err := page.Execute(&b, r); err != nil {
		return fmt.Errorf("render report: %w", err)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
