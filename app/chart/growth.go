package chart

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"

	"wattledger/calc"
	"wattledger/content"
)

// GrowthPoint is one training run: when it finished and the electricity
// its facility used.
type GrowthPoint struct {
	Name string  // label beside the point; preset names are ASCII
	Year float64 // year training finished
	KWh  float64
	// Partial marks a published figure on a narrower basis than the
	// others (BLOOM's GPU dynamic energy, with no idle power, host or
	// PUE): drawn as a ring, keyed, and left out of the trend.
	Partial bool
}

// The years a growth point may have.
const minYear, maxYear = 1950, 2100

// GrowthInput is what the growth chart shows.
type GrowthInput struct {
	Presets []GrowthPoint // published runs; the trend is fitted to these
	Yours   *GrowthPoint  // the visitor's run, highlighted; nil to leave out
}

// Growth draws training electricity (log scale) against year, with the
// visitor's run highlighted and the exponential trend of the presets, whose
// doubling time the subtitle states.
func Growth(in GrowthInput, l content.Lang) (Chart, error) {
	all := in.Presets
	if in.Yours != nil {
		all = append(slices.Clip(all), *in.Yours)
	}
	if len(all) == 0 {
		return Chart{}, fmt.Errorf("chart: growth: no points")
	}
	for _, g := range all {
		// A year far from the others would stretch the trend line to
		// energies a log axis cannot hold (it underflows to zero).
		if !positive(g.KWh) || !(g.Year >= minYear && g.Year <= maxYear) {
			return Chart{}, fmt.Errorf("chart: growth: %q has year %v and %v kWh", g.Name, g.Year, g.KWh)
		}
	}

	subtitle := l.T("chart.growth.subtitle.none")
	keys := []legendKey{{l.T("chart.growth.legend.presets"), blue, keyDot}}
	if slices.ContainsFunc(in.Presets, func(g GrowthPoint) bool { return g.Partial }) {
		keys = append(keys, legendKey{l.T("chart.growth.legend.partial"), blue, keyRing})
	}
	if in.Yours != nil {
		keys = append(keys, legendKey{l.T("chart.growth.legend.yours"), highlight, keyDot})
	}
	first := slices.MinFunc(all, byYear).Year
	last := slices.MaxFunc(all, byYear).Year
	var ends plotter.XYs // of the trend line, which labels must not cross
	var trendLine *plotter.Line
	if trend, ok := fitPresets(in.Presets); ok {
		subtitle = l.T("chart.growth.subtitle", "period", content.Doubling(l, trend.DoublingYears))
		keys = append(keys, legendKey{l.T("chart.growth.legend.trend"), inkSoft, keyDash})
		ends = plotter.XYs{{X: first - 0.5, Y: trend.At(first - 0.5)}, {X: last + 0.5, Y: trend.At(last + 0.5)}}
		line, err := plotter.NewLine(ends)
		if err != nil {
			return Chart{}, fmt.Errorf("chart: growth: %w", err)
		}
		line.LineStyle = trendStyle(inkSoft)
		trendLine = line
	}

	// Yours is labelled first; then the largest runs, the ones people know.
	byEnergy := slices.Clone(in.Presets)
	slices.SortStableFunc(byEnergy, func(a, b GrowthPoint) int { return cmp.Compare(b.KWh, a.KWh) })
	var dots []dot
	if in.Yours != nil {
		dots = append(dots, dot{in.Yours.Year, in.Yours.KWh, l.T("chart.growth.legend.yours"), highlight, 5.5, true, false})
	}
	for _, g := range byEnergy {
		dots = append(dots, dot{g.Year, g.KWh, g.Name, blue, 4, false, g.Partial})
	}
	lo := slices.MinFunc(all, byKWh).KWh
	hi := slices.MaxFunc(all, byKWh).KWh
	plotFor := func(m metrics) *plot.Plot {
		p := newPlot(m)
		p.Add(gridLines{})
		if trendLine != nil {
			p.Add(trendLine)
		}
		p.Add(labelledDots{dots: dots, avoid: ends, m: m})
		p.X.Min, p.X.Max = math.Floor(first)-0.5, math.Ceil(last)+0.5
		p.X.Tick.Marker = yearTicks{m.maxLabels}
		p.X.Label.Text = l.T("chart.growth.axis.x")
		p.Y.Scale = plot.LogScale{}
		p.Y.Min, p.Y.Max = logBase(lo), 10*logBase(hi)
		p.Y.Tick.Marker = decadeTicks{func(v float64) string { return energyTick(l, v) }, m.maxLabels}
		p.Y.Tick.Label = yTickLabels(p.Y.Tick.Label)
		return p
	}

	table := Table{
		Caption: l.T("chart.growth.table.caption"),
		Header: []string{l.T("chart.growth.table.model"), l.T("chart.growth.table.year"),
			l.T("chart.growth.table.energy"), l.T("chart.growth.table.kwh")},
	}
	for _, g := range all {
		name := g.Name
		switch {
		case in.Yours != nil && g == *in.Yours:
			name = l.T("chart.growth.legend.yours")
		case g.Partial:
			name = l.T("chart.growth.table.partial", "name", g.Name)
		}
		table.Rows = append(table.Rows, []string{name, plain(g.Year), energy(l, g.KWh), plain(g.KWh)})
	}

	return newChart(table, func(m metrics) *frame {
		return &frame{
			m:         m,
			lang:      l,
			title:     l.T("chart.growth.title"),
			subtitle:  subtitle,
			keys:      keys,
			yLabel:    l.T("chart.growth.axis.y"),
			source:    l.T("chart.source.growth"),
			plot:      plotFor(m),
			phonePlot: phoneScatterHeight,
		}
	})
}

func byYear(a, b GrowthPoint) int { return cmp.Compare(a.Year, b.Year) }
func byKWh(a, b GrowthPoint) int  { return cmp.Compare(a.KWh, b.KWh) }

// fitPresets fits the presets' exponential trend with calc.FitGrowth, the
// fit the page's explainer quotes. It is not ok with fewer than two
// distinct years or when energy does not grow.
func fitPresets(presets []GrowthPoint) (calc.Growth, bool) {
	var years, kWh []float64
	for _, p := range presets {
		if !p.Partial {
			years, kWh = append(years, p.Year), append(kWh, p.KWh)
		}
	}
	return calc.FitGrowth(years, kWh)
}

// energyTick labels a power of ten on an energy axis: in English as
// content.Energy writes it ("1,000 MWh", "10 GWh"); in Chinese as a number
// ("100万"), the axis title saying 千瓦时.
func energyTick(l content.Lang, kWh float64) string {
	if l == content.Chinese {
		return tick(l, kWh)
	}
	return energy(l, kWh)
}
