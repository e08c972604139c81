package chart

import (
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Charts are laid out on a 640×400 grid of CSS pixels; the SVG has a viewBox
// so that the page can scale it down to a phone's width.
const (
	width  vg.Length = 640
	height vg.Length = 400
	margin vg.Length = 16
)

// Type sizes in CSS px. At 360 px wide the chart is drawn at 56%, where 12 px
// becomes about 7 px: the accessible table below each chart carries the same
// numbers for anyone who needs them larger.
const (
	titleSize    vg.Length = 17
	subtitleSize vg.Length = 12.5
	labelSize    vg.Length = 12.5
	tickSize     vg.Length = 12
	valueSize    vg.Length = 12
	noteSize     vg.Length = 10.5
)

// A restrained palette from Okabe and Ito's colour-blind-safe set, with
// near-black text and light grid lines.
var (
	ink       = color.RGBA{0x1f, 0x29, 0x33, 0xff}
	inkSoft   = color.RGBA{0x52, 0x60, 0x6d, 0xff}
	gridLine  = color.RGBA{0xe1, 0xe5, 0xea, 0xff}
	axisLine  = color.RGBA{0x9a, 0xa5, 0xb1, 0xff}
	blue      = color.RGBA{0x00, 0x72, 0xb2, 0xff}
	green     = color.RGBA{0x00, 0x9e, 0x73, 0xff}
	highlight = color.RGBA{0xd5, 0x5e, 0x00, 0xff}
	whisker   = color.RGBA{0x2b, 0x35, 0x40, 0xff}
)

// textStyle is chart text in the embedded font, anchored at its left
// baseline-ish corner; callers change the alignment they need.
func textStyle(size vg.Length, c color.Color) text.Style {
	svgFamily() // the font is registered
	return text.Style{
		Color:   c,
		Font:    font.From(chartFont, size),
		XAlign:  draw.XLeft,
		YAlign:  draw.YBottom,
		Handler: plot.DefaultTextHandler,
	}
}

// newPlot returns a plot with the house style: no title (the frame draws
// it), light axes, tick labels in the chart font.
func newPlot() *plot.Plot {
	svgFamily() // the font is registered, and plot's default fonts set
	p := plot.New()
	p.BackgroundColor = nil // the frame paints the background once
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.LineStyle.Color = axisLine
		a.Tick.LineStyle.Color = axisLine
		a.Tick.Length = 4
		a.Tick.Label.Font = font.From(chartFont, tickSize)
		a.Tick.Label.Color = inkSoft
		a.Label.TextStyle.Font = font.From(chartFont, labelSize)
		a.Label.TextStyle.Color = inkSoft
		a.Label.Padding = 6
	}
	return p
}
