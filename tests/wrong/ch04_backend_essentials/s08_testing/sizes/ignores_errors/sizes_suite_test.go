package sizes

import (
	"math"
	"testing"
)

// TestParseSize checks ParseSize against the rules of its documentation.
func TestParseSize(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    int64
		wantErr error // nil: no error
	}{
		{"plain number", "512", 512, nil},
		{"zero", "0", 0, nil},
		{"bytes", "10B", 10, nil},
		{"kilobytes", "10KB", 10_000, nil},
		{"megabytes", "3MB", 3_000_000, nil},
		{"gigabytes", "2GB", 2_000_000_000, nil},
		{"kibibytes", "1KiB", 1024, nil},
		{"mebibytes", "2MiB", 2 << 20, nil},
		{"gibibytes", "3GiB", 3 << 30, nil},
		{"lower case unit", "10kb", 10_000, nil},
		{"mixed case unit", "1kIB", 1024, nil},
		{"fraction", "1.5KB", 1500, nil},
		{"binary fraction", "0.5KiB", 512, nil},
		{"white space around", " \t7MB\n", 7_000_000, nil},
		{"space before the unit", "10 KiB", 10 << 10, nil},
		{"largest", "9223372036854775807", math.MaxInt64, nil},
		{"exact beyond float64", "9007199254740993", 9007199254740993, nil},
		{"empty", "", 0, ErrSyntax},
		{"only white space", "  ", 0, ErrSyntax},
		{"unit without number", "KB", 0, ErrSyntax},
		{"negative", "-5", 0, ErrSyntax},
		{"plus sign", "+5", 0, ErrSyntax},
		{"unknown unit", "10XB", 0, ErrSyntax},
		{"point without fraction", "1.KB", 0, ErrSyntax},
		{"fraction of a byte", "1.5B", 0, ErrSyntax},
		{"tiny fraction", "0.0001KB", 0, ErrSyntax},
		{"one too large", "9223372036854775808", 0, ErrRange},
		{"far too large", "9999999999GiB", 0, ErrRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseSize(tt.in)
			if got != tt.want {
				t.Errorf("ParseSize(%q) = %d, %v; want %d, nil", tt.in, got, err, tt.want)
			}
		})
	}
}

// BenchmarkParseSize measures ParseSize on a typical size.
func BenchmarkParseSize(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseSize("1.5 MiB"); err != nil {
			b.Fatal(err)
		}
	}
}
