package ex

import (
	"fmt"
	"testing"
)

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

// Benchmarks, examples and fuzz targets do not count.
func BenchmarkDouble(b *testing.B) {
	for b.Loop() {
		Double(3)
	}
}

func ExampleDouble() {
	fmt.Println(Double(21))
	// Output: 42
}

func FuzzDouble(f *testing.F) {
	f.Fuzz(func(t *testing.T, n int) { _ = Double(n) })
}
