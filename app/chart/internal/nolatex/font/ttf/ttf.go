// Package ttf keeps the types of go-latex's TrueType back end, without its
// default fonts.
package ttf

import (
	"golang.org/x/image/font/sfnt"

	"codeberg.org/go-latex/latex/drawtex"
)

// Fonts are the faces of a LaTeX font family.
type Fonts struct {
	Default *sfnt.Font

	Rm   *sfnt.Font
	It   *sfnt.Font
	Bf   *sfnt.Font
	BfIt *sfnt.Font
}

// Backend draws with Fonts on a canvas.
type Backend struct {
	canvas *drawtex.Canvas
	fonts  *Fonts
}

// NewFrom returns a back end for cnv and fnts.
func NewFrom(cnv *drawtex.Canvas, fnts *Fonts) *Backend {
	return &Backend{canvas: cnv, fonts: fnts}
}
