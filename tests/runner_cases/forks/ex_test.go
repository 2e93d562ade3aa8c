package ex

import "testing"

func TestDouble(t *testing.T) {
	if Double(2) != 4 {
		t.Fatal("Double(2) != 4")
	}
}

func TestDoubleNegative(t *testing.T) {
	if Double(-3) != -6 {
		t.Fatal("Double(-3) != -6")
	}
}

func TestDoubleLarge(t *testing.T) {
	if Double(1000) != 2000 {
		t.Fatal("Double(1000) != 2000")
	}
}
