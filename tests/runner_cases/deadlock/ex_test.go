package ex

import "testing"

func TestSumEmpty(t *testing.T) {
	if Sum(nil) != 0 {
		t.Fatal("Sum(nil) != 0")
	}
}

func TestSum(t *testing.T) {
	if got := Sum([]int{1, 2}); got != 3 {
		t.Fatalf("Sum([1 2]) = %d, want 3", got)
	}
}

func TestSumAfter(t *testing.T) {
	if Sum([]int{}) != 0 {
		t.Fatal("Sum([]) != 0")
	}
}
