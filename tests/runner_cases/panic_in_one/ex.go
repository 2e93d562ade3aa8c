package ex

func Double(n int) int {
	if n < 0 {
		panic("negative input")
	}
	return 2 * n
}
