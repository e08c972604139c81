//go:build !wasm

package dom

// NarrowScreen knows nothing on the host: the server's page may be shown
// at any width, so it carries both layouts of each chart.
func NarrowScreen() (narrow, known bool) { return false, false }

// OnScreenChange never runs f on the host, whose page has no width.
func OnScreenChange(f func()) (stop func()) { return func() {} }
