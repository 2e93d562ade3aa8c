package quoted

import "testing"

// FuzzQuote checks that Unquote(Quote(s)) gives s back, for any string s.
func FuzzQuote(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		q := Quote(s)
		got, err := Unquote(q)
		if err != nil || got != s {
			t.Errorf("Unquote(Quote(%q)) = %q, %v; want %q, nil (Quote gave %s)", s, got, err, s, q)
		}
	})
}
