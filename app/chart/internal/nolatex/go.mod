// This module stands in for codeberg.org/go-latex/latex (see the replace
// directive in wattledger's go.mod and doc.go here): the API that
// gonum.org/v1/plot/text uses, and no LaTeX.
module codeberg.org/go-latex/latex

go 1.23

require golang.org/x/image v0.30.0
