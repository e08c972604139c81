// Package drawtex keeps the drawing-operation types of go-latex's drawtex.
package drawtex

import "golang.org/x/image/font/sfnt"

// Canvas records drawing operations; this stand-in never records any.
type Canvas struct{ ops []Op }

// New returns an empty canvas.
func New() *Canvas { return &Canvas{} }

// Ops returns the recorded operations.
func (c *Canvas) Ops() []Op { return c.ops }

// Op is a drawing operation.
type Op interface{ isOp() }

// GlyphOp draws a glyph at X, Y.
type GlyphOp struct {
	X, Y  float64
	Glyph Glyph
}

func (GlyphOp) isOp() {}

// RectOp fills a rectangle.
type RectOp struct {
	X1, Y1 float64
	X2, Y2 float64
}

func (RectOp) isOp() {}

// Glyph is a glyph in a font at a size.
type Glyph struct {
	Font   *sfnt.Font
	Size   float64
	Symbol string
}
