package chart

import (
	_ "embed"
	"fmt"
	"sync"

	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
)

//go:generate go run ./cmd/fontgen

// fontData is the Noto Sans CJK SC subset made by cmd/fontgen. It covers
// Latin too, so both languages use it and English and Chinese charts share
// one set of metrics.
//
//go:embed fonts/noto-sans-sc-subset.otf
var fontData []byte

// webFontFamily is the family name web/fonts/fonts.css gives the WOFF2 copy
// of the subset. The SVG asks for it first, then for an installed Noto Sans
// CJK SC (same metrics), then for any sans-serif.
const webFontFamily = `'Watt Ledger Sans','Noto Sans CJK SC',sans-serif`

// chartFont is how the subset is known in gonum's font cache.
var chartFont = font.Font{Typeface: "WattLedgerSans", Variant: "Sans"}

// svgFamily is what vgsvg writes as font-family: the family name inside the
// font file. output.go replaces it with webFontFamily. The first call
// parses the font and registers it with plot; charts call it (through
// textStyle and newPlot) before drawing. Parsing at start-up instead would
// delay every page load in the browser, charts or not.
var svgFamily = sync.OnceValue(func() string {
	face, err := opentype.Parse(fontData)
	if err != nil {
		panic(fmt.Errorf("chart: embedded font: %w", err))
	}
	family, err := face.Name(nil, sfnt.NameIDFamily)
	if err != nil {
		panic(fmt.Errorf("chart: embedded font has no family name: %w", err))
	}
	font.DefaultCache.Add(font.Collection{{Font: chartFont, Face: face}})
	// The charts set their fonts explicitly; these defaults are for any other
	// plot code in the app, which would otherwise fall back to the blank
	// Liberation stand-ins.
	plot.DefaultFont = chartFont
	plotter.DefaultFont = chartFont
	return family
})
