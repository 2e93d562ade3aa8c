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
	// Copy the nodes on the way down, leaving the old tree untouched.
	switch {
	case key < n.Key:
		return &Node{Key: n.Key, Left: n.Left.Insert(key), Right: n.Right}
	case key > n.Key:
		return &Node{Key: n.Key, Left: n.Left, Right: n.Right.Insert(key)}
	}
	return n
}

// Delete removes key from the tree, if it is there, and returns the root of
// the tree, which is nil when the tree becomes empty. It relinks the existing
// nodes and allocates none.
func (n *Node) Delete(key int) *Node {
	if n == nil {
		return nil
	}
	switch {
	case key < n.Key:
		n.Left = n.Left.Delete(key)
	case key > n.Key:
		n.Right = n.Right.Delete(key)
	case n.Left == nil:
		return n.Right
	case n.Right == nil:
		return n.Left
	default:
		// Two children: the smallest key on the right takes n's place, and
		// its node, which has no left child, is deleted from the right.
		next := n.Right
		for next.Left != nil {
			next = next.Left
		}
		n.Key = next.Key
		n.Right = n.Right.Delete(next.Key)
	}
	return n
}
