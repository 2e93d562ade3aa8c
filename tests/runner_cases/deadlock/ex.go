package ex

// Sum sends the numbers on an unbuffered channel that nobody receives from.
func Sum(nums []int) int {
	ch := make(chan int)
	for _, n := range nums {
		ch <- n
	}
	return 0
}
