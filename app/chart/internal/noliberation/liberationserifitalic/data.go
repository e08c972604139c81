// Package liberationserifitalic keeps the API of the Liberation package of the same name but
// holds no font data (see codeberg.org/go-fonts/liberation's doc.go).
package liberationserifitalic

import "codeberg.org/go-fonts/liberation/internal/blank"

// TTF is a placeholder font with only a .notdef glyph.
var TTF = blank.TTF
