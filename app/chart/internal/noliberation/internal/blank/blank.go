// Package blank holds the one placeholder font every Liberation package
// exports (see the module's doc.go).
package blank

import _ "embed"

// TTF is a valid TrueType font with only .notdef and a space (sfnt needs a
// cmap to parse it).
//
//go:embed blank.ttf
var TTF []byte
