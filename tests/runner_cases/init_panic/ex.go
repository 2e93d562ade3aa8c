package ex

var table = build()

func build() map[string]int {
	var m map[string]int
	m["one"] = 1 // assignment to entry in nil map, while the package initialises
	return m
}

func Double(n int) int { return 2 * n }
