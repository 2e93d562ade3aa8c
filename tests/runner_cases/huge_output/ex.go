package ex

import (
	"fmt"
	"strings"
)

// Double prints 64 MiB before answering on negative input.
func Double(n int) int {
	if n < 0 {
		line := strings.Repeat("x", 1023)
		for range 64 * 1024 {
			fmt.Println(line)
		}
	}
	return 2 * n
}
