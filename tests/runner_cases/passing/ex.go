package ex

func Double(n int) int { return 2 * n }
