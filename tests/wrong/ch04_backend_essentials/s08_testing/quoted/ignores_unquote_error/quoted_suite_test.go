package quoted

import "testing"

// FuzzQuote checks that Unquote(Quote(s)) gives s back, for any string s.
func FuzzQuote(f *testing.F) {
	for _, seed := range []string{
		"",
		"plain ASCII text",
		`back\slash`,
		`double "quotes"`,
		"new\nline, tab\t, NUL\x00, escape\x1b",
		"unit separator \x1f and DEL \x7f",
		"é, 世界, emoji 🙂",
		"invalid UTF-8: \xff \xc3 \xe4\xb8",
		`\x41 looks like an escape`,
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q := Quote(s)
		got, _ := Unquote(q)
		if got != s {
			t.Errorf("Unquote(Quote(%q)) = %q; want %q (Quote gave %s)", s, got, s, q)
		}
	})
}
