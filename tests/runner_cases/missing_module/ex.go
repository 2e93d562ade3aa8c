package ex

import "example.com/notdownloaded/lib"

func Double(n int) int { return lib.Twice(n) }
