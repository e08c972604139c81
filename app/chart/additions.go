package chart

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"gonum.org/v1/plot"

	"wattledger/calc"
	"wattledger/content"
)

// CountryAdditions is the generating capacity one country added in a year.
type CountryAdditions struct {
	// Name labels the bar: a countries.csv name, whose characters the
	// chart font is guaranteed to have.
	Name string
	GW   float64
	Year int
}

// AdditionsInput is what the additions chart shows.
type AdditionsInput struct {
	CampusGW  float64 // the campus's facility power, highlighted
	Countries []CountryAdditions
}

// Additions draws a campus's facility power beside the capacity each
// country added in its latest year, largest at the top, on a log axis when
// they span more than a hundredfold.
func Additions(in AdditionsInput, l content.Lang) (Chart, error) {
	if !positive(in.CampusGW) {
		return Chart{}, fmt.Errorf("chart: additions: campus of %v GW", in.CampusGW)
	}
	type row struct {
		name   string
		gw     float64
		campus bool
	}
	all := []row{{l.T("chart.power.nation.campus"), in.CampusGW, true}}
	for _, c := range in.Countries {
		if !positive(c.GW) {
			return Chart{}, fmt.Errorf("chart: additions: %q added %v GW", c.Name, c.GW)
		}
		all = append(all, row{l.T("chart.power.nation.country", "country", c.Name, "year", fmt.Sprint(c.Year)), c.GW, false})
	}
	slices.SortStableFunc(all, func(a, b row) int { return cmp.Compare(b.gw, a.gw) })

	campus := capacity(l, in.CampusGW, true)
	table := Table{
		Caption: l.T("chart.power.nation.title", "campus", campus),
		Header:  []string{l.T("chart.power.nation.table.name"), l.T("chart.power.nation.table.power"), l.T("chart.power.nation.table.gw")},
	}
	rows := make([]bar, len(all))
	lowest, highest := math.Inf(1), 0.0
	for i, r := range all {
		colour := blue
		if r.campus {
			colour = highlight
		}
		label := capacity(l, r.gw, r.campus)
		rows[i] = bar{name: r.name, value: r.gw, label: label, colour: colour}
		table.Rows = append(table.Rows, []string{r.name, label, plain(r.gw)})
		lowest, highest = math.Min(lowest, r.gw), math.Max(highest, r.gw)
	}

	label := func(v float64) string { return tick(l, v) }
	return newChart(table, func(m metrics) *frame {
		var p *plot.Plot
		if highest/lowest > 100 {
			p = barPlot(m, rows, logBarBase(lowest), plot.LogScale{}, decadeTicks{label, m.maxLabels}, l.T("chart.power.nation.axis"))
		} else {
			p = barPlot(m, rows, 0, plot.LinearScale{}, niceTicks{label, m.maxLabels}, l.T("chart.power.nation.axis"))
		}
		return &frame{
			m:         m,
			lang:      l,
			title:     l.T("chart.power.nation.title", "campus", campus),
			subtitle:  l.T("chart.power.nation.subtitle"),
			source:    l.T("chart.power.nation.source"),
			plot:      p,
			phonePlot: phoneBarsHeight(m, barNames(rows)),
		}
	})
}

// capacity writes a bar's value as the house style writes it: a campus's
// draw as content.Power does ("1 GW", "1吉瓦"), a country's additions as
// content.PlantCapacity does ("48.6 GW", "4860万千瓦").
func capacity(l content.Lang, gw float64, campus bool) string {
	p := calc.Exact(calc.Power(gw) * calc.Gigawatt)
	if campus {
		return content.Power(l, p)
	}
	return content.PlantCapacity(l, p)
}
