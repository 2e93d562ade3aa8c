package seq

import "iter"

// Map returns an iterator over f(v) for each value v of seq, in order. It is
// lazy: f runs once per value, as the caller's loop reaches it.
func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

// Filter returns an iterator over the values v of seq for which keep(v) is
// true, in order. It is lazy: keep runs once per value, as the loop reaches it.
func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

// Take returns an iterator over the first n values of seq: all of them if seq
// has fewer, none if n <= 0. It takes no more than n values from seq.
func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		taken := 0
		for v := range seq {
			yield(v)
			taken++
			if taken == n {
				return
			}
		}
	}
}

// Reduce folds seq from the left: starting from init, it replaces the
// accumulator acc with f(acc, v) for each value v in order, and returns it.
func Reduce[T, A any](seq iter.Seq[T], init A, f func(A, T) A) A {
	acc := init
	for v := range seq {
		acc = f(acc, v)
	}
	return acc
}
