//go:build wasm

package main

// attributeText is the text itself in the browser, where go-app sets
// attributes through the DOM and nothing is parsed as HTML; on the server
// it is escaped (attribute-text-host.go).
func attributeText(s string) string { return s }
