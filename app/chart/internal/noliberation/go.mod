// This module stands in for codeberg.org/go-fonts/liberation (see the replace
// directive in wattledger's go.mod and doc.go here). It keeps the same packages
// and the same exported TTF variables, but every TTF is one tiny font that has
// only the .notdef glyph, so the 4.4 MB of Liberation fonts are not linked.
module codeberg.org/go-fonts/liberation

go 1.23
