package ex

func Triple(n int) int { return 3 * n }
