//go:build !js

package chart

import (
	"bytes"
	"fmt"

	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// This file is left out of the WebAssembly: vgimg brings a rasteriser and
// the PNG, JPEG and TIFF encoders (about 1 MB of wasm). In the browser the
// page rasterises the SVG itself (web/chart-png.js); the host uses PNG for
// the social preview image and the tests.

// PNG draws the chart's desktop layout as a PNG at twice its SVG's size
// (1280×800 px), for downloads; the source and attribution are inside the
// image.
func (c Chart) PNG() ([]byte, error) {
	if c.build == nil {
		return nil, fmt.Errorf("chart: nothing to draw")
	}
	f := c.build(Desktop.metrics())
	w, h := f.size()
	canvas := vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(2*72))
	f.draw(draw.New(canvas))
	var b bytes.Buffer
	if _, err := (vgimg.PngCanvas{Canvas: canvas}).WriteTo(&b); err != nil {
		return nil, fmt.Errorf("chart: PNG: %w", err)
	}
	return b.Bytes(), nil
}
