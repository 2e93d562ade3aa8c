package ex

func Double(n int) int {
	var p *int
	return *p * n
}
