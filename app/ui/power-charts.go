package ui

import (
	"wattledger/app/chart"
	"wattledger/app/planner"
	"wattledger/calc"
	"wattledger/content"
)

// powerChartKinds are the power page's charts, in the order it shows them.
var powerChartKinds = []string{"additions", "solarday"}

// powerChartSpecs derives the power page's charts from an outcome: the
// campus beside every country's latest-year additions, and the solar +
// storage design day.
func powerChartSpecs(l content.Lang, o planner.Outcome) []chartSpec {
	in := chart.AdditionsInput{CampusGW: float64(o.Facility.Central / calc.Gigawatt)}
	for _, g := range content.GridCapacities {
		c, ok := content.CountryByISO(g.Region)
		if !ok || !g.AdditionsGW.Known() {
			continue
		}
		in.Countries = append(in.Countries, chart.CountryAdditions{Name: c.Name(l), GW: g.AdditionsGW.Value, Year: g.AdditionsGW.Year})
	}
	return []chartSpec{
		{Kind: "additions", Additions: in},
		{Kind: "solarday", SolarDay: chart.SolarDayInputFrom(o.Solar)},
	}
}
