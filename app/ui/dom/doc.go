// Package dom is everything in the app that touches the browser's page
// directly, below go-app's components: the server's copies of elements
// kept across go-app's first render, the page's readiness
// (<html data-app="ready">), the address bar, direct painting of the
// result card, downloads, the share sheet and clipboard, and the embed's
// height messages. It also holds the attribute helpers every component
// uses, which must write what go-app would get wrong on the host
// (CheckedIf, SelectedIf, AttributeText) or what the DOM contract promises
// (Number, ClassIf).
//
// Which side runs what is in the file names: x_wasm.go is the browser's
// code (the _wasm suffix is a GOARCH build constraint), x_other.go the
// host's stand-in with the same API (//go:build !wasm), which does nothing
// or reports that there is nothing: the server only prerenders. Files
// without a suffix are built for both. The browser's state lives in one
// value, page (state_wasm.go); the host keeps none.
//
// dom imports go-app, content (for the keys) and the standard library only: the components of
// package ui call it, never the other way round.
package dom
