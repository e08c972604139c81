// Package mtex keeps go-latex's math parser entry point; it refuses every
// expression.
package mtex

import (
	"errors"

	"codeberg.org/go-latex/latex/drawtex"
	"codeberg.org/go-latex/latex/font"
	"codeberg.org/go-latex/latex/tex"
)

// Renderer draws a parsed expression.
type Renderer interface {
	Render(w, h, dpi float64, cnv *drawtex.Canvas) error
}

// Parse always fails: Watt Ledger's build has no LaTeX.
func Parse(expr string, fontSize, DPI float64, backend font.Backend) (tex.Node, error) {
	return nil, errors.New("mtex: LaTeX is not available in this build (codeberg.org/go-latex/latex is replaced)")
}
