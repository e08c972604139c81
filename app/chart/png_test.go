//go:build !js

package chart

import (
	"bytes"
	"image/png"
	"testing"

	"wattledger/content"
)

func TestPNGIsDoubleSize(t *testing.T) {
	chart, err := PowerSources(powerInput(), content.Chinese)
	if err != nil {
		t.Fatal(err)
	}
	data, err := chart.PNG()
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 1280 || b.Dy() != 800 {
		t.Errorf("PNG is %v, want 1280×800", b.Size())
	}
}
