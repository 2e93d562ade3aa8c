package quoted

import "testing"

// FuzzQuote checks Quote against known results.
func FuzzQuote(f *testing.F) {
	want := map[string]string{
		"":            `""`,
		`a\b`:         `"a\\b"`,
		`say "hi"`:    `"say \"hi\""`,
		"line\n":      `"line\x0a"`,
		"\xff":        `"\xff"`,
		"é":           `"é"`,
		"tab\tbell\a": `"tab\x09bell\x07"`,
	}
	for s := range want {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if w, ok := want[s]; ok && Quote(s) != w {
			t.Errorf("Quote(%q) = %s, want %s", s, Quote(s), w)
		}
	})
}
