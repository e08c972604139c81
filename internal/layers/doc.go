// Package layers has no code: its test enforces the import rules that the
// packages' doc.go files state, with go list, so that they cannot rot.
// Add a rule here when a doc.go gains one.
package layers
