package ex

import "testing"

func TestDouble(t *testing.T) {
	tests := []struct{ in, want int }{{2, 4}, {3, 6}}
	for _, tc := range tests {
		t.Run("positive", func(t *testing.T) {
			if got := Double(tc.in); got != tc.want {
				t.Errorf("Double(%d) = %d, want %d", tc.in, got, tc.want)
			}
		})
	}
}

func TestDoubleZero(t *testing.T) {
	if got := Double(0); got != 0 {
		t.Errorf("Double(0) = %d, want 0", got)
	}
}
