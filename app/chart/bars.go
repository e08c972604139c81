package chart

import (
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// bar is one row of a horizontal bar chart. Rows are numbered from the
// bottom, as plot.NominalY numbers its names.
type bar struct {
	name   string
	value  float64
	low    float64 // low and high draw a whisker when high > 0
	high   float64
	label  string // value label written after the bar (and whisker)
	colour color.Color
}

// hbars draws horizontal bars from base, with optional low–high whiskers
// and a value label after each. gonum's BarChart draws neither whiskers nor
// labels, and cannot start bars above zero as a log axis needs.
type hbars struct {
	rows  []bar
	base  float64 // 0 on a linear axis; the axis minimum on a log axis
	label text.Style
	phone bool // bars below their names (rowNames)
}

func newHBars(m metrics, rows []bar, base float64) *hbars {
	return &hbars{rows: rows, base: base, label: anchored(textStyle(m.value, ink), midline), phone: m.phone}
}

const labelGap vg.Length = 5

// end is where a row's drawing ends on the value axis: the bar or its whisker.
func (r bar) end() float64 { return math.Max(r.value, r.high) }

// Plot implements plot.Plotter.
func (h *hbars) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	pitch := trY(1) - trY(0)
	thickness := min(0.62*pitch, 24)
	capHalf := thickness * 0.28
	line := draw.LineStyle{Color: whisker, Width: 1.2}
	for i, r := range h.rows {
		if r.name == "" { // a spacer row between groups
			continue
		}
		y := trY(float64(i))
		if h.phone {
			y, thickness, _ = phoneRow(y, pitch)
			capHalf = thickness * 0.4
		}
		x0, x1 := trX(h.base), trX(r.value)
		c.FillPolygon(r.colour, rect(x0, y-thickness/2, x1, y+thickness/2))
		if r.high > 0 {
			lo, hi := trX(max(r.low, h.base)), trX(r.high)
			c.StrokeLine2(line, lo, y, hi, y)
			c.StrokeLine2(line, lo, y-capHalf, lo, y+capHalf)
			c.StrokeLine2(line, hi, y-capHalf, hi, y+capHalf)
		}
		c.FillText(h.label, vg.Point{X: trX(r.end()) + labelGap, Y: y}, r.label)
	}
}

// DataRange implements plot.DataRanger.
func (h *hbars) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, xmax = h.base, h.base
	for _, r := range h.rows {
		xmax = math.Max(xmax, r.end())
	}
	return xmin, xmax, -0.5, float64(len(h.rows)) - 0.5
}

// GlyphBoxes implements plot.GlyphBoxer so that the plot leaves room on
// the right for the value labels.
func (h *hbars) GlyphBoxes(p *plot.Plot) []plot.GlyphBox {
	boxes := make([]plot.GlyphBox, 0, len(h.rows))
	ht := h.label.FontExtents().Height
	for i, r := range h.rows {
		if r.name == "" {
			continue
		}
		w := h.label.Width(r.label)
		boxes = append(boxes, plot.GlyphBox{
			X:         p.X.Norm(r.end()),
			Y:         p.Y.Norm(float64(i)),
			Rectangle: vg.Rectangle{Min: vg.Point{X: labelGap, Y: -ht / 2}, Max: vg.Point{X: labelGap + w, Y: ht / 2}},
		})
	}
	return boxes
}

// barPlot makes a horizontal bar chart plot: names down the left, first row
// at the top, light vertical grid lines.
func barPlot(m metrics, rows []bar, base float64, scale plot.Normalizer, ticks plot.Ticker, xLabel string) *plot.Plot {
	// NominalY puts its first name at the bottom; readers start at the top.
	bottomUp := make([]bar, len(rows))
	for i, r := range rows {
		bottomUp[len(rows)-1-i] = r
	}
	p := newPlot(m)
	p.X.Scale = scale
	p.X.Tick.Marker = ticks
	p.X.Label.Text = xLabel
	p.X.Min = base
	names := make([]string, len(bottomUp))
	for i, r := range bottomUp {
		names[i] = r.name
	}
	p.Add(gridLines{vertical: true})
	nominalRows(p, m, names)
	p.Add(newHBars(m, bottomUp, base))
	return p
}
