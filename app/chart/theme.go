package chart

import (
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Layout is the width a chart is drawn for. A chart is drawn for the width
// it is shown at, not scaled down from the desktop drawing: at a phone's
// 375 px the desktop's 12 px text would read at about 6 px.
type Layout int

const (
	// Desktop is 640×400 CSS px, for charts shown at 680 px wide or more
	// and for every download.
	Desktop Layout = iota
	// Phone is 320 CSS px wide and as tall as its content needs, for
	// narrower charts: a phone of 360 to 414 px shows it at 0.94 to 1.1
	// times its size, so its smallest text (12 px) stays at least 11 CSS
	// px (issue 19); a wider box shows it at up to 420 px.
	Phone
)

// Layouts are every layout, the order the page writes them in.
var Layouts = []Layout{Desktop, Phone}

// String names the layout, as the page's class names do.
func (l Layout) String() string {
	if l == Phone {
		return "phone"
	}
	return "desktop"
}

// metrics are a layout's sizes, in CSS px.
type metrics struct {
	phone bool
	// height is the desktop's fixed height; a phone chart is as tall as
	// its text and its plot (frame.phonePlot) need.
	width, height, margin                     vg.Length
	title, subtitle, label, tick, value, note vg.Length
	// maxLabels is how many labelled ticks an axis gets at most: about
	// 80 px apiece leaves room for "100 GWh" or "10,000 years".
	maxLabels int
}

func (l Layout) metrics() metrics {
	if l == Phone {
		return metrics{phone: true, width: 320, margin: 10,
			title: 16, subtitle: 13, label: 13, tick: 12.5, value: 12.5, note: 12, maxLabels: 4}
	}
	return metrics{width: 640, height: 400, margin: 16,
		title: 17, subtitle: 12.5, label: 12.5, tick: 12, value: 12, note: 10.5, maxLabels: 6}
}

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
func newPlot(m metrics) *plot.Plot {
	svgFamily() // the font is registered, and plot's default fonts set
	p := plot.New()
	p.BackgroundColor = nil // the frame paints the background once
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.LineStyle.Color = axisLine
		a.Tick.LineStyle.Color = axisLine
		a.Tick.Length = 4
		a.Tick.Label.Font = font.From(chartFont, m.tick)
		a.Tick.Label.Color = inkSoft
		a.Label.TextStyle.Font = font.From(chartFont, m.label)
		a.Label.TextStyle.Color = inkSoft
		a.Label.Padding = 6
	}
	return p
}
