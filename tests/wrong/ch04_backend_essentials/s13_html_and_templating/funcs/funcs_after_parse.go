package funcs

import (
	"fmt"
	"html/template"
	"strings"
	"time"
	_ "time/tzdata" // the zone database, compiled in: Europe/Paris is known everywhere
	"unicode"
)

// Paris is the time zone every date of the site is shown in.
var Paris = mustLoad("Europe/Paris")

func mustLoad(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// Funcs are the helpers every template of the blog may call.
var Funcs = template.FuncMap{
	"truncate": Truncate,
	"plural":   Plural,
	"date":     FormatDate,
}

// Truncate shortens s to at most n runes, ending with "…" when it cut.
func Truncate(n int, s string) string {
	runes := []rune(s)
	if len(runes) <= n {
		return s
	}
	kept := strings.TrimRightFunc(string(runes[:max(n, 0)]), unicode.IsSpace)
	return kept + "…"
}

// Plural returns "1 comment", "0 comments", "2 comments".
func Plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// FormatDate formats t in Paris time as "2 Jan 2006 15:04". The zero time is
// an error.
func FormatDate(t time.Time) (string, error) {
	if t.IsZero() {
		return "", fmt.Errorf("date: the time is not set")
	}
	return t.In(Paris).Format("2 Jan 2006 15:04"), nil
}

// Parse parses text as an html/template named name, with Funcs available.
func Parse(name, text string) (*template.Template, error) {
	t, err := template.New(name).Parse(text)
	if err != nil {
		return nil, err
	}
	return t.Funcs(Funcs), nil
}
