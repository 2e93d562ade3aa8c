package comments

import (
	"bytes"
	"html/template"
	"net/http"
	"strings"
)

// Comment is one reader comment. Every field but ID is typed by a visitor.
type Comment struct {
	ID      int
	Author  string
	Website string // the author's site, may be empty
	Body    string // lines separated by "\n" or "\r\n"
}

// CommentList returns a handler that serves comments as an HTML fragment.
func CommentList(comments []Comment) http.Handler {
	list := template.Must(template.New("comments").Funcs(template.FuncMap{
		"lines": func(s string) []string {
			return strings.Split(s, "\n")
		},
	}).Parse(`{{if .}}<ul class="comments">
{{range .}}<li id="comment-{{.ID}}" data-author="{{.Author}}">
{{- if .Website}}<a href="{{.Website}}" rel="nofollow">{{.Author}}</a>{{else}}<b>{{.Author}}</b>{{end -}}
: {{range $i, $line := lines .Body}}{{if $i}}<br>{{end}}{{$line}}{{end}}</li>
{{end}}</ul>
{{else}}<p>No comments yet.</p>
{{end}}`))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var buf bytes.Buffer
		if err := list.Execute(&buf, comments); err != nil {
			http.Error(w, "internal server error", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		buf.WriteTo(w)
	})
}
