//go:build !wasm

package dom

import "time"

// MarkReady does nothing on the host: readiness is the browser's promise
// that the page shows what the WebAssembly computed.
func MarkReady() {}

// Pending reports false on the host, which renders the link's numbers.
func Pending() bool { return false }

// AfterReady never runs f on the host, where the page is never ready.
func AfterReady(f func()) {}

// AfterTimeout never runs f on the host: it has no event loop to defer to,
// and what is deferred (drawing charts, saving inputs) is browser work.
func AfterTimeout(d time.Duration, f func()) {}
