package ex

func Double(n int) int {
	for n < 0 {
		// forgets to change n: spins for ever on negative input
	}
	return 2 * n
}
