package ring

// Ring is a queue of at most a fixed number of ints that makes room for a
// new value by dropping the oldest one: a ring buffer. A server keeps, say,
// the last 100 request latencies this way, in constant memory.
//
// The values live in data, used circularly: the oldest is data[head], the
// next ones follow, and after the last element of data comes data[0].
type Ring struct {
	data []int // storage; len(data) is the capacity and never changes
	head int   // index in data of the oldest value
	size int   // number of values stored, 0 <= size <= len(data)
}

// New returns an empty Ring that holds up to capacity values.
// It panics if capacity < 1.
func New(capacity int) *Ring {
	if capacity < 1 {
		panic("ring: capacity must be at least 1")
	}
	return &Ring{data: make([]int, capacity)}
}

// Len returns the number of values stored.
func (r *Ring) Len() int {
	return r.size
}

// Push adds v as the newest value. When the ring is full, Push first drops
// the oldest value and returns it with true; otherwise it returns 0, false.
func (r *Ring) Push(v int) (dropped int, ok bool) {
	if r.size == len(r.data) {
		dropped, ok = r.Pop()
	}
	r.data[(r.head+r.size)%len(r.data)] = v
	r.size++
	return dropped, ok
}

// Pop removes the oldest value and returns it with true, or returns 0, false
// when the ring is empty.
func (r *Ring) Pop() (v int, ok bool) {
	if r.size == 0 {
		return 0, false
	}
	v = r.data[r.head]
	r.head = (r.head + 1) % len(r.data)
	r.size--
	return v, true
}

// Values returns the stored values, oldest first, in a new slice that the
// caller may keep and modify.
func (r *Ring) Values() []int {
	if r.head+r.size <= len(r.data) {
		return r.data[r.head : r.head+r.size] // contiguous: no need to copy
	}
	out := make([]int, r.size)
	for i := range out {
		out[i] = r.data[(r.head+i)%len(r.data)]
	}
	return out
}
