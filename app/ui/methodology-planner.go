package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/content"
)

// plannerMethod is the methodology's part on the power planner: how solar
// and storage are sized, and every row of the tables the planner reads,
// under the same row names the power page uses for the rows it used.
func plannerMethod(l content.Lang) app.UI {
	return section("planner", l.T("power.method.tables"),
		app.H3().Text(l.T("power.method.heading")),
		app.P().Text(sizingMethod(l)),
		paramTable(l, plannerRows(l)),
	)
}

// plannerRows are the planner's assumptions, then per region its
// capacity, additions, solar resource and price, then the named campuses.
func plannerRows(l content.Lang) []paramRow {
	var rows []paramRow
	add := func(key string, p content.Param, args ...string) {
		if p.Known() {
			rows = append(rows, paramRow{name: l.T(key, args...), p: p, note: p.Note})
		}
	}
	a := content.PlannerAssumptions
	add("power.sources.lf", a.LoadFactor)
	add("power.sources.roundtrip", a.BatteryRoundTrip)
	add("power.sources.margin", a.SolarMargin)
	add("power.sources.land", a.SolarLandM2PerMW)
	add("power.sources.lull", a.WindLullHours)
	add("power.sources.rate", a.CNYPerUSD)
	name := func(iso string) string {
		c, _ := content.CountryByISO(iso)
		return c.Name(l)
	}
	for _, g := range content.GridCapacities {
		add("power.sources.capacity", g.CapacityGW, "country", name(g.Region))
		add("power.sources.additions", g.AdditionsGW, "country", name(g.Region))
	}
	for _, s := range content.SolarResources {
		add("power.sources.solar", s.CapacityFactor, "country", name(s.Region))
		add("power.sources.latitude", s.LatitudeDeg, "country", name(s.Region))
	}
	for _, p := range content.ElectricityPrices {
		add("power.sources.price", p.USDPerKWh, "country", name(p.Region))
	}
	for _, c := range content.Campuses {
		n := c.NameEN
		if l == content.Chinese {
			n = c.NameZH
		}
		add("power.sources.campus", c.FacilityMW, "campus", n)
	}
	return rows
}
