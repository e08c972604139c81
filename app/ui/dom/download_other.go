//go:build !wasm

package dom

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// SaveBlob does nothing on the host: downloads are clicks in a browser.
func SaveBlob(filename, mime string, b []byte) {}

// SaveChartPNG does nothing on the host.
func SaveChartPNG(ctx app.Context, svg, filename string) {}
