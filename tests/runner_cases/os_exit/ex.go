package ex

import (
	"log"
	"os"
)

func Double(n int) int {
	if n < 0 {
		log.Print("negative input")
		os.Exit(3)
	}
	return 2 * n
}
