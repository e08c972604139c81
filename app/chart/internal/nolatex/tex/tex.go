// Package tex keeps the box types of go-latex's tex.
package tex

// Node is a box with a size.
type Node interface {
	Width() float64
	Height() float64
	Depth() float64
}

// Tree is a node with children.
type Tree interface {
	Node
	Children() []Node
}

// Ship lays out a tree; this stand-in has nothing to lay out.
type Ship struct{}

// Call lays out t at ox, oy.
func (s *Ship) Call(ox, oy float64, t Tree) {}
