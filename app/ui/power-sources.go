package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/planner"
	"wattledger/content"
)

// powerSources lists the sourced figures behind the current result, each
// with its range, year and publication: the region's power system, its
// solar yield and price, the named campus, the load factor, the reference
// plants the supply is counted in and the country's demand and grid. Each
// row links to its publication in the methodology's source list, which
// also lists every row of the same tables.
type powerSources struct {
	app.Compo

	Ilang    content.Lang
	Ioutcome planner.Outcome
	Iok      bool
}

func newPowerSources() *powerSources { return &powerSources{} }

// Lang sets the language.
func (s *powerSources) Lang(l content.Lang) *powerSources { s.Ilang = l; return s }

// Outcome sets the result whose figures are listed.
func (s *powerSources) Outcome(o planner.Outcome, ok bool) *powerSources {
	s.Ioutcome, s.Iok = o, ok
	return s
}

func (s *powerSources) Render() app.UI {
	l := s.Ilang
	if !s.Iok {
		return app.Section().ID("power-sources").Class("power-section")
	}
	// methodology: the same stacked table on a phone as that page's.
	return app.Section().ID("power-sources").Class("power-section", "methodology").Attr("aria-labelledby", "power-sources-title").Body(
		app.H2().ID("power-sources-title").Text(l.T("power.sources.heading")),
		paramTable(l, s.rows()),
	)
}

// rows are the figures the outcome used, in the order the page shows them.
func (s *powerSources) rows() []paramRow {
	l, o := s.Ilang, s.Ioutcome
	country := o.Region.Name(l)
	var rows []paramRow
	add := func(key string, p content.Param, args ...string) {
		if p.Known() {
			rows = append(rows, paramRow{name: l.T(key, args...), p: p, note: p.Note})
		}
	}
	if o.HasCampus {
		name := o.Campus.NameEN
		if l == content.Chinese {
			name = o.Campus.NameZH
		}
		add("power.sources.campus", o.Campus.FacilityMW, "campus", name)
	}
	add("power.sources.lf", content.PlannerAssumptions.LoadFactor)
	add("power.sources.capacity", o.Grid.CapacityGW, "country", country)
	add("power.sources.additions", o.Grid.AdditionsGW, "country", country)
	solarRegion := country
	if o.SolarFallback {
		w, _ := content.CountryByISO("OWID_WRL")
		solarRegion = w.Name(l)
	}
	add("power.sources.solar", o.SolarSite.CapacityFactor, "country", solarRegion)
	if o.HasPrice {
		add("power.sources.price", o.Price.USDPerKWh, "country", country)
	}
	add("power.sources.latitude", o.SolarSite.LatitudeDeg, "country", solarRegion)
	add("power.sources.roundtrip", content.PlannerAssumptions.BatteryRoundTrip)
	add("power.sources.margin", content.PlannerAssumptions.SolarMargin)
	add("power.sources.land", content.PlannerAssumptions.SolarLandM2PerMW)
	add("power.sources.lull", content.PlannerAssumptions.WindLullHours)
	// The reference plants the supply is counted in, and the lifecycle
	// CO2e of each way of supplying the campus.
	for _, id := range []string{"nuclear", "gas", "wind", "solar"} {
		src, ok := content.PowerSourceByID(id)
		if !ok {
			continue
		}
		name := l.T("source." + id + ".name")
		if id != "solar" {
			add("method.source.capacity", src.UnitCapacityMW, "name", name)
			add("method.source.cf", src.CapacityFactor, "name", name)
		}
		add("method.source.lifecycle", src.LifecycleGCO2PerKWh, "name", name)
	}
	// The country's demand and grid, as Ember publishes them
	// (countries.csv), behind its shares and the grid's emissions.
	if o.Region.DemandTWh > 0 {
		add("power.sources.demand", content.Param{Value: o.Region.DemandTWh, Unit: "TWh", Year: o.Region.Year, Source: "ember-2025"}, "country", country)
	}
	if o.Region.IntensityG > 0 {
		add("power.sources.intensity", content.Param{Value: o.Region.IntensityG, Unit: "gCO2e/kWh", Year: o.Region.Year, Source: "ember-2025"}, "country", country)
	}
	if l == content.Chinese {
		add("power.sources.rate", content.PlannerAssumptions.CNYPerUSD)
	}
	return rows
}
