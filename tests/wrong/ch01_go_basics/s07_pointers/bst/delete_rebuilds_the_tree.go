package bst

// Node is a node of a binary search tree of distinct int keys. Every key in
// Left is smaller than Key, and every key in Right is larger. A nil *Node is
// the empty tree.
type Node struct {
	Key         int
	Left, Right *Node
}

// Len returns the number of keys in the tree. It works on a nil receiver,
// the empty tree, without a special case at the call site.
func (n *Node) Len() int {
	if n == nil {
		return 0
	}
	return 1 + n.Left.Len() + n.Right.Len()
}

// Contains reports whether key is in the tree.
func (n *Node) Contains(key int) bool {
	for n != nil {
		switch {
		case key < n.Key:
			n = n.Left
		case key > n.Key:
			n = n.Right
		default:
			return true
		}
	}
	return false
}

// Insert adds key to the tree as a new leaf, unless it is already there, and
// returns the root of the tree: n itself, or the new node when n is nil.
func (n *Node) Insert(key int) *Node {
	if n == nil {
		return &Node{Key: key}
	}
	switch {
	case key < n.Key:
		n.Left = n.Left.Insert(key)
	case key > n.Key:
		n.Right = n.Right.Insert(key)
	}
	return n
}

// Delete removes key from the tree, if it is there, and returns the root of
// the tree, which is nil when the tree becomes empty. It relinks the existing
// nodes and allocates none.
func (n *Node) Delete(key int) *Node {
	if !n.Contains(key) {
		return n
	}
	// Collect the other keys in pre-order and insert them into a new tree.
	var rebuilt *Node
	var walk func(m *Node)
	walk = func(m *Node) {
		if m == nil {
			return
		}
		if m.Key != key {
			rebuilt = rebuilt.Insert(m.Key)
		}
		walk(m.Left)
		walk(m.Right)
	}
	walk(n)
	return rebuilt
}
