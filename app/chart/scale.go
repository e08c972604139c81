package chart

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"gonum.org/v1/plot"

	"wattledger/content"
)

// Rung is one step of the scale ladder: a named amount of electricity,
// usually a year's use of something (a household, a country, a data centre).
type Rung struct {
	// Name labels the bar. Build it from the chart.scale.* messages and
	// countries.csv names (l.T("chart.scale.household", "place", name)),
	// whose characters the chart font is guaranteed to have.
	Name string
	KWh  float64
}

// ScaleInput is what the scale ladder shows.
type ScaleInput struct {
	KWh   float64 // this run's electricity, highlighted
	Rungs []Rung
}

// Scale draws this run's electricity among the rungs, largest at the top,
// on a log axis.
func Scale(in ScaleInput, l content.Lang) (Chart, error) {
	yours := Rung{Name: l.T("chart.scale.yours"), KWh: in.KWh}
	all := append([]Rung{yours}, in.Rungs...)
	for _, r := range all {
		if !positive(r.KWh) {
			return Chart{}, fmt.Errorf("chart: scale: %q has %v kWh", r.Name, r.KWh)
		}
	}
	slices.SortStableFunc(all, func(a, b Rung) int { return cmp.Compare(b.KWh, a.KWh) })

	table := Table{
		Caption: l.T("chart.scale.table.caption", "energy", energy(l, in.KWh)),
		Header:  []string{l.T("chart.scale.table.item"), l.T("chart.scale.table.energy"), l.T("chart.scale.table.kwh")},
	}
	rows := make([]bar, len(all))
	lowest := math.Inf(1)
	for i, r := range all {
		colour := blue
		if r == yours {
			colour = highlight
		}
		rows[i] = bar{name: r.Name, value: r.KWh, label: energy(l, r.KWh), colour: colour}
		table.Rows = append(table.Rows, []string{r.Name, energy(l, r.KWh), plain(r.KWh)})
		lowest = math.Min(lowest, r.KWh)
	}

	return newChart(table, func(m metrics) *frame {
		ticks := decadeTicks{func(v float64) string { return energyTick(l, v) }, m.maxLabels}
		return &frame{
			m:         m,
			lang:      l,
			title:     l.T("chart.scale.title", "energy", energy(l, in.KWh)),
			subtitle:  l.T("chart.scale.subtitle"),
			source:    l.T("chart.source.scale"),
			plot:      barPlot(m, rows, logBarBase(lowest), plot.LogScale{}, ticks, l.T("chart.scale.axis")),
			phonePlot: phoneBarsHeight(m, barNames(rows)),
		}
	})
}
