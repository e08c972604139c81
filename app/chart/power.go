package chart

import (
	"fmt"
	"math"

	"gonum.org/v1/plot"

	"wattledger/calc"
	"wattledger/content"
)

// SourceRun is how long one reference unit of a generating source (a 1 GW
// reactor, the Three Gorges dam, one wind turbine …), running at its average
// output, takes to generate the energy being compared.
type SourceRun struct {
	Source string // content.PowerSource ID: nuclear, coal, gas, hydro, wind or solar
	Hours  float64
}

// PowerSourcesInput is what the power sources chart shows.
type PowerSourcesInput struct {
	KWh  float64     // the energy compared, named in the title
	Runs []SourceRun // one bar each, top first
}

// PowerSources draws how long each reference unit must run, as horizontal
// bars labelled in seconds, minutes, hours, days or years as
// content.ReadableDuration picks.
// When the longest run is over 100 times the shortest the time axis is
// logarithmic, marked at a minute, an hour, a day … .
func PowerSources(in PowerSourcesInput, l content.Lang) (Chart, error) {
	if len(in.Runs) == 0 {
		return Chart{}, fmt.Errorf("chart: power sources: no runs")
	}
	shortest, longest := math.Inf(1), 0.0
	for _, r := range in.Runs {
		if !positive(r.Hours) {
			return Chart{}, fmt.Errorf("chart: power sources: %s runs %v hours", r.Source, r.Hours)
		}
		if !l.Has("chart.unit." + r.Source) {
			return Chart{}, fmt.Errorf("chart: power sources: unknown source %q", r.Source)
		}
		shortest, longest = math.Min(shortest, r.Hours), math.Max(longest, r.Hours)
	}

	// On a linear axis the bars are drawn in the unit that suits the
	// longest run; on a log axis in hours, with ticks at familiar lengths.
	perUnit, axisKey := 1.0, "chart.power.axis.log"
	linear := longest/shortest <= 100
	base := timeTicks{lang: l}.base(shortest / 3)
	if linear {
		perUnit, axisKey = linearTimeUnit(longest)
		base = 0
	}

	rows := make([]bar, len(in.Runs))
	table := Table{
		Caption: l.T("chart.power.table.caption", "energy", energy(l, in.KWh)),
		Header:  []string{l.T("chart.power.table.unit"), l.T("chart.power.table.time"), l.T("chart.power.table.hours")},
	}
	for i, r := range in.Runs {
		name := l.T("chart.unit." + r.Source)
		rows[i] = bar{name: name, value: r.Hours / perUnit, label: duration(l, r.Hours), colour: blue}
		table.Rows = append(table.Rows, []string{name, duration(l, r.Hours), plain(r.Hours)})
	}

	return newChart(table, func(m metrics) *frame {
		var scale plot.Normalizer = plot.LogScale{}
		var ticks plot.Ticker = timeTicks{l, m.maxLabels}
		if linear {
			scale = plot.LinearScale{}
			ticks = niceTicks{func(v float64) string { return tick(l, v) }, m.maxLabels}
		}
		return &frame{
			m:         m,
			lang:      l,
			title:     l.T("chart.power.title", "energy", energy(l, in.KWh)),
			subtitle:  l.T("chart.power.subtitle"),
			source:    l.T("chart.source.power"),
			plot:      barPlot(m, rows, base, scale, ticks, l.T(axisKey)),
			phonePlot: phoneBarsHeight(m, barNames(rows)),
		}
	})
}

// linearTimeUnit picks the unit of a linear time axis by the same rule as
// the bar labels, content.ReadableDuration's, applied to the longest run.
func linearTimeUnit(longestHours float64) (hoursPerUnit float64, axisKey string) {
	_, unit := content.ReadableDuration(calc.Duration(longestHours) * calc.Hour)
	return hoursPer[unit], "chart.power.axis." + string(unit)
}

// positive reports whether v is a usable amount: finite and above zero.
func positive(v float64) bool { return v > 0 && !math.IsInf(v, 1) }
