//go:build !wasm

package dom

// ReportHeight does nothing on the host: the widget's height is measured
// in the browser that frames it.
func ReportHeight() {}
