package ex

import (
	"fmt"
	"os"
)

func Double(n int) int {
	fmt.Fprintln(os.Stderr, "debug: doubling", n)
	return 2 * n
}
