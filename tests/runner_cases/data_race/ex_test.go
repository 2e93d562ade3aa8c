package ex

import "testing"

func TestCountOne(t *testing.T) {
	if got := Count(1); got != 1 {
		t.Fatalf("Count(1) = %d, want 1", got)
	}
}

func TestCountMany(t *testing.T) {
	if got := Count(50); got != 50 {
		t.Fatalf("Count(50) = %d, want 50", got)
	}
}

// The same race again: it must fail this test too, not only the first one that raced.
func TestCountAgain(t *testing.T) {
	if got := Count(50); got != 50 {
		t.Fatalf("Count(50) = %d, want 50", got)
	}
}
