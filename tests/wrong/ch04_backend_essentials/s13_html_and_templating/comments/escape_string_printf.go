package comments

import (
	"fmt"
	"html"
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
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		if len(comments) == 0 {
			fmt.Fprint(w, "<p>No comments yet.</p>\n")
			return
		}
		fmt.Fprint(w, "<ul class=\"comments\">\n")
		for _, c := range comments {
			author := html.EscapeString(c.Author)
			fmt.Fprintf(w, `<li id="comment-%d" data-author="%s">`, c.ID, author)
			if c.Website != "" {
				fmt.Fprintf(w, `<a href="%s" rel="nofollow">%s</a>`, html.EscapeString(c.Website), author)
			} else {
				fmt.Fprintf(w, "<b>%s</b>", author)
			}
			lines := strings.Split(strings.ReplaceAll(c.Body, "\r\n", "\n"), "\n")
			for i, line := range lines {
				lines[i] = html.EscapeString(line)
			}
			fmt.Fprintf(w, ": %s</li>\n", strings.Join(lines, "<br>"))
		}
		fmt.Fprint(w, "</ul>\n")
	})
}
