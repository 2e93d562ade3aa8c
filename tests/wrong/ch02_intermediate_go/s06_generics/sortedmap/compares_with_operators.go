package sortedmap

import (
	"cmp"
	"iter"
	"slices"
	"sort"
)

// Map is a map whose keys are kept in ascending order, as cmp.Compare orders
// them. The zero value is an empty map ready to use.
type Map[K cmp.Ordered, V any] struct {
	keys   []K // ascending, no duplicates
	values []V // values[i] is the value of keys[i]
}

// search returns the index where key is or would be, and whether it is there.
func (m *Map[K, V]) search(key K) (int, bool) {
	i := sort.Search(len(m.keys), func(i int) bool { return m.keys[i] >= key })
	return i, i < len(m.keys) && m.keys[i] == key
}

// Set sets the value of key, adding the key if it is not in the map.
func (m *Map[K, V]) Set(key K, value V) {
	i, found := m.search(key)
	if found {
		m.values[i] = value
		return
	}
	m.keys = slices.Insert(m.keys, i, key)
	m.values = slices.Insert(m.values, i, value)
}

// Get returns the value of key and true, or the zero V and false when key is
// not in the map.
func (m *Map[K, V]) Get(key K) (V, bool) {
	if i, found := m.search(key); found {
		return m.values[i], true
	}
	var zero V
	return zero, false
}

// Delete removes key and its value, and reports whether key was in the map.
func (m *Map[K, V]) Delete(key K) bool {
	i, found := m.search(key)
	if !found {
		return false
	}
	m.keys = slices.Delete(m.keys, i, i+1)
	m.values = slices.Delete(m.values, i, i+1) // Delete zeroes the freed slot
	return true
}

// Len returns the number of keys in the map.
func (m *Map[K, V]) Len() int {
	return len(m.keys)
}

// All returns an iterator over the keys and values, keys in ascending order.
func (m *Map[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for i, k := range m.keys {
			if !yield(k, m.values[i]) {
				return
			}
		}
	}
}

// Backward returns an iterator over the keys and values, keys in descending
// order.
func (m *Map[K, V]) Backward() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for i := len(m.keys) - 1; i >= 0; i-- {
			if !yield(m.keys[i], m.values[i]) {
				return
			}
		}
	}
}

// Range returns an iterator over the keys k with lo <= k < hi and their
// values, keys in ascending order.
func (m *Map[K, V]) Range(lo, hi K) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		start, _ := m.search(lo)
		for i := start; i < len(m.keys) && m.keys[i] < hi; i++ {
			if !yield(m.keys[i], m.values[i]) {
				return
			}
		}
	}
}
