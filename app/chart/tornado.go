package chart

import (
	"fmt"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg/draw"

	"wattledger/content"
)

// Swing is the result with one uncertain input at its low and at its high
// bound, the others central (calc.Swing in kWh).
type Swing struct {
	Input               string // calc.Field of the input: w, host, net, pue, mfu or qwh
	AtLowKWh, AtHighKWh float64
}

// TornadoInput is what the sensitivity chart shows: the central result and
// the swings, widest first (the order calc.Sensitivity returns).
type TornadoInput struct {
	KWh    float64
	Swings []Swing
}

// Tornado draws each input's swing as a bar across the central result, the
// part towards the input's low bound in one colour and towards its high
// bound in another, widest at the top.
func Tornado(in TornadoInput, l content.Lang) (Chart, error) {
	if !positive(in.KWh) || len(in.Swings) == 0 {
		return Chart{}, fmt.Errorf("chart: tornado: %v kWh, %d swings", in.KWh, len(in.Swings))
	}
	table := Table{
		Caption: l.T("chart.tornado.table.caption", "energy", energy(l, in.KWh)),
		Header:  []string{l.T("chart.tornado.table.input"), l.T("chart.tornado.table.low"), l.T("chart.tornado.table.high")},
	}
	rows := make([]tornadoRow, len(in.Swings))
	lo, hi := in.KWh, in.KWh
	for i, s := range in.Swings {
		if !positive(s.AtLowKWh) || !positive(s.AtHighKWh) {
			return Chart{}, fmt.Errorf("chart: tornado: %s swings %v–%v kWh", s.Input, s.AtLowKWh, s.AtHighKWh)
		}
		key := "chart.input." + s.Input
		if !l.Has(key) {
			return Chart{}, fmt.Errorf("chart: tornado: unknown input %q", s.Input)
		}
		name := l.T(key)
		rows[len(rows)-1-i] = tornadoRow{name: name, low: s.AtLowKWh, high: s.AtHighKWh}
		lo, hi = math.Min(lo, math.Min(s.AtLowKWh, s.AtHighKWh)), math.Max(hi, math.Max(s.AtLowKWh, s.AtHighKWh))
		table.Rows = append(table.Rows, []string{name, plain(s.AtLowKWh), plain(s.AtHighKWh)})
	}

	names := make([]string, len(rows))
	for i, r := range rows {
		names[i] = r.name
	}
	pad := (hi - lo) * 0.08
	plotFor := func(m metrics) *plot.Plot {
		p := newPlot(m)
		p.X.Tick.Marker = niceTicks{func(v float64) string { return energyTick(l, v) }, m.maxLabels}
		p.X.Label.Text = l.T("chart.tornado.axis")
		p.X.Min, p.X.Max = math.Max(0, lo-pad), hi+pad
		p.Add(gridLines{vertical: true})
		nominalRows(p, m, names)
		p.Add(&tornado{rows: rows, central: in.KWh, phone: m.phone})
		return p
	}

	return newChart(table, func(m metrics) *frame {
		return &frame{
			m:        m,
			lang:     l,
			title:    l.T("chart.tornado.title", "energy", energy(l, in.KWh)),
			subtitle: l.T("chart.tornado.subtitle"),
			keys: []legendKey{
				{l.T("chart.tornado.legend.low"), blue, keyBox},
				{l.T("chart.tornado.legend.high"), highlight, keyBox},
			},
			source:    l.T("chart.source.tornado"),
			plot:      plotFor(m),
			phonePlot: phoneBarsHeight(m, names),
		}
	})
}

type tornadoRow struct {
	name      string
	low, high float64 // the result at the input's low and high bound
}

// tornado draws bars from the central value to each row's two results and
// a line at the central value.
type tornado struct {
	rows    []tornadoRow
	central float64
	phone   bool // bars below their names (rowNames)
}

// Plot implements plot.Plotter.
func (t *tornado) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	pitch := trY(1) - trY(0)
	thickness := min(0.62*pitch, 24)
	mid := trX(t.central)
	line := draw.LineStyle{Color: whisker, Width: 1.2}
	for i, r := range t.rows {
		y := trY(float64(i))
		if t.phone {
			y, thickness, _ = phoneRow(y, pitch)
		}
		c.FillPolygon(blue, rect(mid, y-thickness/2, trX(r.low), y+thickness/2))
		c.FillPolygon(highlight, rect(mid, y-thickness/2, trX(r.high), y+thickness/2))
		if t.phone {
			// The central line crosses each bar only: a whole-height line
			// would strike through the names above the bars.
			c.StrokeLine2(line, mid, y-thickness/2-3, mid, y+thickness/2+3)
		}
	}
	if !t.phone {
		c.StrokeLine2(line, mid, c.Min.Y, mid, c.Max.Y)
	}
}

// DataRange implements plot.DataRanger.
func (t *tornado) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, xmax = t.central, t.central
	for _, r := range t.rows {
		xmin, xmax = math.Min(xmin, math.Min(r.low, r.high)), math.Max(xmax, math.Max(r.low, r.high))
	}
	return xmin, xmax, -0.5, float64(len(t.rows)) - 0.5
}
