package pqueue

import "container/heap"

// Queue is a priority queue: Pop returns the value that comes first by the
// queue's less function. Values that tie (neither less(a, b) nor less(b, a))
// come out in the order they were pushed. Create one with New.
type Queue[T any] struct {
	h    entries[T]
	next uint64 // sequence number of the next Push
}

// entry is a value with the sequence number of its Push, to break ties.
type entry[T any] struct {
	value T
	seq   uint64
}

// entries is the binary heap that container/heap maintains: list[0] is the
// entry that comes out first.
type entries[T any] struct {
	list []entry[T]
	less func(a, b T) bool
}

// entries implements heap.Interface: this line does not compile otherwise.
var _ heap.Interface = (*entries[int])(nil)

// Len returns the number of entries.
func (h *entries[T]) Len() int { return len(h.list) }

// Swap swaps entries i and j.
func (h *entries[T]) Swap(i, j int) { h.list[i], h.list[j] = h.list[j], h.list[i] }

// Less reports whether entry i must come out before entry j: by less, and
// for values that tie, the one pushed first.
func (h *entries[T]) Less(i, j int) bool {
	a, b := h.list[i], h.list[j]
	if h.less(a.value, b.value) {
		return true
	}
	if h.less(b.value, a.value) {
		return false
	}
	return a.seq < b.seq
}

// Push appends x, an entry[T], to the list. Only container/heap calls it.
func (h *entries[T]) Push(x any) {
	h.list = append(h.list, x.(entry[T]))
}

// Pop removes the last entry of the list and returns it. Only
// container/heap calls it, after moving the first entry to the end.
func (h *entries[T]) Pop() any {
	last := len(h.list) - 1
	e := h.list[last]
	h.list[last] = entry[T]{} // drop the reference, so the value can be garbage collected
	h.list = h.list[:last]
	return e
}

// New returns an empty queue that orders values by less: less(a, b) reports
// whether a must come out before b.
func New[T any](less func(a, b T) bool) *Queue[T] {
	return &Queue[T]{h: entries[T]{less: less}}
}

// Push adds v to the queue.
func (q *Queue[T]) Push(v T) {
	heap.Push(&q.h, entry[T]{value: v, seq: q.next})
	q.next++
}

// Pop removes and returns the first value, or returns the zero T and false
// when the queue is empty.
func (q *Queue[T]) Pop() (T, bool) {
	if q.h.Len() == 0 {
		var zero T
		return zero, false
	}
	return heap.Pop(&q.h).(entry[T]).value, true
}

// Peek returns the first value without removing it, or the zero T and false
// when the queue is empty.
func (q *Queue[T]) Peek() (T, bool) {
	if q.h.Len() == 0 {
		var zero T
		return zero, false
	}
	return q.h.list[len(q.h.list)-1].value, true
}

// Len returns the number of values in the queue.
func (q *Queue[T]) Len() int {
	return q.h.Len()
}
