// Package font keeps go-latex's font back-end type.
package font

// Backend measures and draws glyphs for the parser. The stand-in parser
// uses none, so any value will do.
type Backend interface{}
