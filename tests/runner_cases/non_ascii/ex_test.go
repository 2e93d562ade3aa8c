package ex

import "testing"

func TestGreet(t *testing.T) {
	t.Log("héllo wörld ✓")
	if got := Greet("Zoë"); got != "Grüße, Zoë 👋" {
		t.Errorf("Greet(%q) = %q", "Zoë", got)
	}
}

func TestGreetWrong(t *testing.T) {
	if got := Greet("Åsa"); got != "Hej, Åsa" {
		t.Errorf("Greet(%q) = %q, want %q", "Åsa", got, "Hej, Åsa")
	}
}
