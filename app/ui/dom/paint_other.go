//go:build !wasm

package dom

// PaintResult does nothing on the host: the server renders the card whole.
func PaintResult(v Result) bool { return false }

// WaitForPaint returns at once: the host paints nothing.
func WaitForPaint() {}
