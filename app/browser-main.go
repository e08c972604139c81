//go:build wasm

package main

// runHost does nothing in the browser: app.RunWhenOnBrowser never returns
// there, and the server code must not be compiled into the wasm.
func runHost() {}
