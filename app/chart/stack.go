package chart

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"wattledger/calc"
	"wattledger/content"
)

// PartPower is one part of a power stack in MW with its low–high range.
type PartPower struct {
	Part              string // calc.Part: accelerators, servers, network or cooling
	MW, LowMW, HighMW float64
}

// StackBar is one stacked bar: a run's facility power split into parts, in
// the order given (the order of calc.Parts).
type StackBar struct {
	Name  string // the bar's label ("As published", "Whole facility", a run's title)
	Parts []PartPower
}

// PowerStackInput is what the power stack chart shows: one bar for a run,
// or two for a preset (its published basis beside the whole facility).
type PowerStackInput struct {
	Bars []StackBar
}

// partColours follow Okabe and Ito's colour-blind-safe set, one per part.
var partColours = map[string]color.Color{
	string(calc.PartAccelerators): blue,
	string(calc.PartServers):      color.RGBA{0x56, 0xb4, 0xe9, 0xff},
	string(calc.PartNetwork):      green,
	string(calc.PartCooling):      color.RGBA{0xe6, 0x9f, 0x00, 0xff},
}

// PowerStack draws each bar's facility power as segments, one per part of
// the stack, with the total written after the bar; the table gives every
// part's central value, range and share.
func PowerStack(in PowerStackInput, l content.Lang) (Chart, error) {
	if len(in.Bars) == 0 {
		return Chart{}, fmt.Errorf("chart: power stack: no bars")
	}
	table := Table{Header: []string{"", l.T("chart.stack.table.part"), l.T("chart.stack.table.mw"),
		l.T("chart.stack.table.low"), l.T("chart.stack.table.high"), l.T("chart.stack.table.share")}}
	rows := make([]segmentRow, len(in.Bars))
	var keys []legendKey
	for i, b := range in.Bars {
		var total float64
		for _, p := range b.Parts {
			if _, ok := partColours[p.Part]; !ok {
				return Chart{}, fmt.Errorf("chart: power stack: unknown part %q", p.Part)
			}
			if p.MW < 0 || math.IsNaN(p.MW) || math.IsInf(p.MW, 0) || p.LowMW > p.MW || (p.HighMW != 0 && p.HighMW < p.MW) {
				return Chart{}, fmt.Errorf("chart: power stack: %s: %v MW (%v–%v)", p.Part, p.MW, p.LowMW, p.HighMW)
			}
			total += p.MW
		}
		if !positive(total) {
			return Chart{}, fmt.Errorf("chart: power stack: %q has no power", b.Name)
		}
		row := segmentRow{name: b.Name, label: megawatts(l, total)}
		for _, p := range b.Parts {
			row.values = append(row.values, p.MW)
			row.colours = append(row.colours, partColours[p.Part])
			table.Rows = append(table.Rows, []string{b.Name, l.T("chart.part." + p.Part), plain(p.MW),
				plainRange(p.LowMW, p.HighMW), plainRange(p.HighMW, p.HighMW), content.Percent(l, calc.Exact(100*p.MW/total))})
		}
		rows[i] = row
	}
	for _, p := range in.Bars[0].Parts {
		keys = append(keys, legendKey{l.T("chart.part." + p.Part), partColours[p.Part], keyBox})
	}
	first := rows[0].total()
	table.Caption = l.T("chart.stack.table.caption", "power", megawatts(l, first))

	bottomUp := make([]segmentRow, len(rows))
	names := make([]string, len(rows))
	for i, r := range rows {
		bottomUp[len(rows)-1-i] = r
		names[len(rows)-1-i] = r.name
	}
	plotFor := func(m metrics) *plot.Plot {
		p := newPlot(m)
		p.X.Tick.Marker = niceTicks{func(v float64) string { return tick(l, v) }, m.maxLabels}
		p.X.Label.Text = l.T("chart.stack.axis")
		p.X.Min = 0
		p.Add(gridLines{vertical: true})
		nominalRows(p, m, names)
		p.Add(&segments{rows: bottomUp, label: anchored(textStyle(m.value, ink), midline), phone: m.phone})
		return p
	}

	return newChart(table, func(m metrics) *frame {
		return &frame{
			m:         m,
			lang:      l,
			title:     l.T("chart.stack.title", "power", megawatts(l, first)),
			subtitle:  l.T("chart.stack.subtitle"),
			keys:      keys,
			source:    l.T("chart.source.stack"),
			plot:      plotFor(m),
			phonePlot: phoneBarsHeight(m, names),
		}
	})
}

// megawatts formats a power as the page does.
func megawatts(l content.Lang, mw float64) string {
	return content.Power(l, calc.Exact(calc.Power(mw)*calc.Megawatt))
}

// segmentRow is one stacked horizontal bar.
type segmentRow struct {
	name    string
	values  []float64
	colours []color.Color
	label   string
}

func (r segmentRow) total() float64 {
	var t float64
	for _, v := range r.values {
		t += v
	}
	return t
}

// segments draws stacked horizontal bars from zero with a label after
// each; gonum's BarChart stacks only vertically offset charts and writes
// no labels.
type segments struct {
	rows  []segmentRow
	label text.Style
	phone bool // bars below their names (rowNames)
}

// Plot implements plot.Plotter.
func (s *segments) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	pitch := trY(1) - trY(0)
	thickness := min(0.62*pitch, 34)
	for i, r := range s.rows {
		y := trY(float64(i))
		if s.phone {
			y, thickness, _ = phoneRow(y, pitch)
		}
		x := 0.0
		for j, v := range r.values {
			c.FillPolygon(r.colours[j], rect(trX(x), y-thickness/2, trX(x+v), y+thickness/2))
			x += v
		}
		c.FillText(s.label, vg.Point{X: trX(x) + labelGap, Y: y}, r.label)
	}
}

// DataRange implements plot.DataRanger.
func (s *segments) DataRange() (xmin, xmax, ymin, ymax float64) {
	for _, r := range s.rows {
		xmax = math.Max(xmax, r.total())
	}
	return 0, xmax, -0.5, float64(len(s.rows)) - 0.5
}

// GlyphBoxes implements plot.GlyphBoxer, leaving room for the labels.
func (s *segments) GlyphBoxes(p *plot.Plot) []plot.GlyphBox {
	boxes := make([]plot.GlyphBox, 0, len(s.rows))
	ht := s.label.FontExtents().Height
	for i, r := range s.rows {
		w := s.label.Width(r.label)
		boxes = append(boxes, plot.GlyphBox{
			X:         p.X.Norm(r.total()),
			Y:         p.Y.Norm(float64(i)),
			Rectangle: vg.Rectangle{Min: vg.Point{X: labelGap, Y: -ht / 2}, Max: vg.Point{X: labelGap + w, Y: ht / 2}},
		})
	}
	return boxes
}
