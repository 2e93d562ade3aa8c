package timers

import (
	"container/heap"
	"time"
)

// Queue holds named deadlines (session expiries, retries, scheduled jobs)
// and hands them out in deadline order. Create one with New.
type Queue struct {
	h     deadlines
	byKey map[string]*deadline // every scheduled key -> its deadline in h
}

// deadline is one scheduled key.
type deadline struct {
	key   string
	at    time.Time
	index int // position in h: kept up to date by Swap, Push and Pop
}

// deadlines is the binary heap that container/heap maintains: h[0] is due
// first.
type deadlines []*deadline

// deadlines implements heap.Interface: this line does not compile otherwise.
var _ heap.Interface = (*deadlines)(nil)

func (h deadlines) Len() int { return len(h) }

// Less orders by deadline, and equal deadlines by key.
func (h deadlines) Less(i, j int) bool {
	// BEGIN SOLUTION
	if c := h[i].at.Compare(h[j].at); c != 0 {
		return c < 0
	}
	return h[i].key < h[j].key
	// END SOLUTION
}

// Swap swaps two deadlines and keeps their index fields right.
func (h deadlines) Swap(i, j int) {
	// BEGIN SOLUTION
	h[i], h[j] = h[j], h[i]
	// END SOLUTION
}

// Push appends x, a *deadline. Only container/heap calls it.
func (h *deadlines) Push(x any) {
	d := x.(*deadline)
	d.index = len(*h)
	*h = append(*h, d)
}

// Pop removes the last deadline and returns it. Only container/heap calls it.
func (h *deadlines) Pop() any {
	old := *h
	d := old[len(old)-1]
	old[len(old)-1] = nil
	d.index = -1
	*h = old[:len(old)-1]
	return d
}

// New returns an empty queue.
func New() *Queue {
	return &Queue{byKey: make(map[string]*deadline)}
}

// Len returns the number of scheduled keys.
func (q *Queue) Len() int { return q.h.Len() }

// Next returns the key that is due first and its deadline, without
// removing it, or false when the queue is empty.
func (q *Queue) Next() (key string, at time.Time, ok bool) {
	if q.h.Len() == 0 {
		return "", time.Time{}, false
	}
	return q.h[0].key, q.h[0].at, true
}

// Set schedules key at the instant at. If key is already scheduled, its
// deadline moves to at, earlier or later: a key is never in the queue twice.
func (q *Queue) Set(key string, at time.Time) {
	// BEGIN SOLUTION
	if d, ok := q.byKey[key]; ok {
		d.at = at
		heap.Fix(&q.h, d.index)
		return
	}
	d := &deadline{key: key, at: at}
	heap.Push(&q.h, d)
	q.byKey[key] = d
	// END SOLUTION
}

// Cancel removes key from the queue and reports whether it was scheduled.
func (q *Queue) Cancel(key string) bool {
	// BEGIN SOLUTION
	d, ok := q.byKey[key]
	if !ok {
		return false
	}
	heap.Remove(&q.h, d.index)
	delete(q.byKey, key)
	return true
	// END SOLUTION
}

// PopDue removes and returns the keys whose deadline is at or before now,
// earliest first and equal deadlines by key. It returns an empty slice
// when nothing is due.
func (q *Queue) PopDue(now time.Time) []string {
	// BEGIN SOLUTION
	var due []string
	for q.h.Len() > 0 && !q.h[0].at.After(now) {
		d := heap.Pop(&q.h).(*deadline)
		delete(q.byKey, d.key)
		due = append(due, d.key)
	}
	return due
	// END SOLUTION
}
