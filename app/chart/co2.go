package chart

import (
	"fmt"
	"math"

	"gonum.org/v1/plot"

	"wattledger/content"
)

// GridEmission is the CO2e of the energy on one grid (a country, region or
// the world, named as in countries.csv), with its low–high range; give
// LowTonnes and HighTonnes as zero where no range is known.
type GridEmission struct {
	Name                          string
	Tonnes, LowTonnes, HighTonnes float64
}

// SourceEmission is the lifecycle CO2e of the energy if one source
// generated all of it.
type SourceEmission struct {
	Source                        string // content.PowerSource ID: nuclear, coal …
	Tonnes, LowTonnes, HighTonnes float64
}

// CO2Input is what the emissions chart shows.
type CO2Input struct {
	KWh     float64 // the energy, named in the title
	Grids   []GridEmission
	Sources []SourceEmission
}

// CO2 draws the emissions of the energy on each grid and from each source as
// horizontal bars with low–high whiskers, grids first. The axis is
// logarithmic when the largest high is over 100 times the smallest low.
func CO2(in CO2Input, l content.Lang) (Chart, error) {
	var rows []bar
	table := Table{
		Caption: l.T("chart.co2.table.caption", "energy", energy(l, in.KWh)),
		Header: []string{l.T("chart.co2.table.kind"), l.T("chart.co2.table.name"),
			l.T("chart.co2.table.central"), l.T("chart.co2.table.low"), l.T("chart.co2.table.high")},
	}
	add := func(kind, name string, t, low, high float64) error {
		if !positive(t) || low < 0 || (high != 0 && (low > t || high < t)) {
			return fmt.Errorf("chart: CO2: %s: %v t (%v–%v)", name, t, low, high)
		}
		r := bar{name: name, value: t, low: low, high: high, label: tonnes(l, low, t, high), colour: blue}
		if kind == "sources" {
			r.colour = green
		}
		rows = append(rows, r)
		table.Rows = append(table.Rows, []string{l.T("chart.co2.legend." + kind), name, plain(t), plainRange(low, high), plainRange(high, high)})
		return nil
	}
	for _, g := range in.Grids {
		if err := add("grids", g.Name, g.Tonnes, g.LowTonnes, g.HighTonnes); err != nil {
			return Chart{}, err
		}
	}
	if len(in.Grids) > 0 && len(in.Sources) > 0 {
		rows = append(rows, bar{}) // a blank row between the groups
	}
	for _, s := range in.Sources {
		if !l.Has("chart.fuel." + s.Source) {
			return Chart{}, fmt.Errorf("chart: CO2: unknown source %q", s.Source)
		}
		if err := add("sources", l.T("chart.fuel."+s.Source), s.Tonnes, s.LowTonnes, s.HighTonnes); err != nil {
			return Chart{}, err
		}
	}
	if len(rows) == 0 {
		return Chart{}, fmt.Errorf("chart: CO2: no grids or sources")
	}

	lowest, highest, ranged := math.Inf(1), 0.0, false
	for _, r := range rows {
		if r.name == "" {
			continue
		}
		lowest, highest = math.Min(lowest, r.value), math.Max(highest, r.end())
		if r.high > 0 {
			lowest, ranged = math.Min(lowest, r.low), true
		}
	}
	label := func(v float64) string { return tick(l, v) }
	logAxis := highest/lowest > 100
	base, axis := 0.0, l.T("chart.co2.axis")
	if logAxis {
		base, axis = logBarBase(lowest), l.T("chart.co2.axis.log")
	}

	var keys []legendKey
	if len(in.Grids) > 0 {
		keys = append(keys, legendKey{l.T("chart.co2.legend.grids"), blue, keyBox})
	}
	if len(in.Sources) > 0 {
		keys = append(keys, legendKey{l.T("chart.co2.legend.sources"), green, keyBox})
	}
	subtitle := ""
	if ranged {
		subtitle = l.T("chart.co2.subtitle")
	}
	return newChart(table, func(m metrics) *frame {
		var scale plot.Normalizer = plot.LinearScale{}
		var ticks plot.Ticker = niceTicks{label, m.maxLabels}
		if logAxis {
			scale, ticks = plot.LogScale{}, decadeTicks{label, m.maxLabels}
		}
		return &frame{
			m:         m,
			lang:      l,
			title:     l.T("chart.co2.title", "energy", energy(l, in.KWh)),
			subtitle:  subtitle,
			keys:      keys,
			source:    l.T("chart.source.co2"),
			plot:      barPlot(m, rows, base, scale, ticks, axis),
			phonePlot: phoneBarsHeight(m, barNames(rows)),
		}
	})
}

// plainRange writes a bound for the CSV, or nothing when there is no range.
func plainRange(bound, high float64) string {
	if high == 0 {
		return ""
	}
	return plain(bound)
}
