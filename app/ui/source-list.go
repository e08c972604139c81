package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/estimate"
	"wattledger/app/ui/dom"
	"wattledger/calc"
	"wattledger/content"
)

// sourceList puts the energy beside power plants: how long one reference
// unit of each source must run to generate it, the capacity that would
// generate it during the run, its lifecycle CO2e and, for solar, the land.
type sourceList struct {
	app.Compo

	Ilang content.Lang
	Iout  estimate.Outcome
	Iok   bool
	// Ikey is what the list shows (resultsKey); the server's copy carries
	// it, and the browser keeps that copy until it changes.
	Ikey string

	server dom.ServerCopy
}

func newSourceList() *sourceList { return &sourceList{} }

// sourceListID is the list's element id, by which the browser finds the
// server's copy.
const sourceListID = "power-sources"

// Lang sets the language.
func (s *sourceList) Lang(l content.Lang) *sourceList { s.Ilang = l; return s }

// Outcome sets what is shown; ok is false while an input is invalid; key
// is the language and inputs it was computed for (resultsKey).
func (s *sourceList) Outcome(o estimate.Outcome, ok bool, key string) *sourceList {
	s.Iout, s.Iok, s.Ikey = o, ok, key
	return s
}

// OnInit, OnMount and OnUpdate keep the server's copy while it is current
// (dom.ServerCopy): on a first visit, the browser builds none of the
// table's elements.
func (s *sourceList) OnInit()                  { s.server.Take(sourceListID, s.Ikey) }
func (s *sourceList) OnMount(ctx app.Context)  { s.server.PlaceIn(s.JSValue()) }
func (s *sourceList) OnUpdate(ctx app.Context) { s.server.DropUnless(s.Ikey) }

func (s *sourceList) Render() app.UI { return s.server.Or(s.own) }

// own builds the power-source table in place of the server's copy (dom.ServerCopy).
func (s *sourceList) own() app.UI {
	l := s.Ilang
	return app.Section().ID(sourceListID).Class("sources").Attr("aria-labelledby", "sources-title").Attr("data-prerender", s.Ikey).Body(
		app.H2().ID("sources-title").Text(l.T("sources.title")),
		app.P().Class("lede").Text(l.T("sources.lede")),
		app.Div().Class("table-wrap").Body(
			app.Table().Class("cards").Body(
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text(l.T("sources.col.unit")),
					app.Th().Scope("col").Text(l.T("sources.col.run")),
					app.Th().Scope("col").Text(l.T("sources.col.capacity")),
					app.Th().Scope("col").Text(l.T("sources.col.co2")),
				)),
				app.TBody().Body(
					app.Range(content.PowerSources).Slice(func(i int) app.UI { return s.row(i) }),
				),
			),
		),
	)
}

func (s *sourceList) row(i int) app.UI {
	l := s.Ilang
	src := content.PowerSources[i]
	name := l.T("source."+src.ID+".unit", "size", content.PlantCapacity(l, calc.Exact(calc.Power(src.UnitCapacityMW.Value)*calc.Megawatt)))
	run := app.Td().Attr("data-source", src.ID).Attr("data-label", l.T("sources.col.run"))
	capacityCell := app.Td().Attr("data-label", l.T("sources.col.capacity"))
	co2Cell := app.Td().Attr("data-label", l.T("sources.col.co2"))
	if !s.Iok || i >= len(s.Iout.Comparisons.Sources) {
		return app.Tr().Body(app.Th().Scope("row").Text(name), run.Text(dash), capacityCell.Text(dash), co2Cell.Text(dash))
	}
	c := s.Iout.Comparisons.Sources[i]
	v, unit := content.NaturalDuration(c.UnitRunTime.Central)
	capacity := dash
	if c.CapacityNeeded.Central > 0 {
		// The capacity is a cluster's draw, from a few MW: one unit down
		// the column (兆瓦), not 7.5兆瓦 beside 1万千瓦.
		capacity = content.Power(l, c.CapacityNeeded)
		if c.Land.Central > 0 {
			capacity = l.T("sources.land", "capacity", capacity, "land", content.Area(l, c.Land))
		}
	}
	return app.Tr().Body(
		app.Th().Scope("row").Text(name),
		run.Attr("data-value", dom.Number(v)).Attr("data-unit", string(unit)).Text(content.Duration(l, c.UnitRunTime)),
		capacityCell.Text(capacity),
		co2Cell.Text(l.T("sources.co2range", "central", content.Mass(l, c.Emissions),
			"low", content.Number(l, c.Emissions.Low.Tonnes(), 2), "high", content.Number(l, c.Emissions.High.Tonnes(), 2))),
	)
}

// sourceIndex finds a power source's position in the table, which is also
// its position in a result's comparisons.
func sourceIndex(id string) (int, bool) {
	for i, s := range content.PowerSources {
		if s.ID == id {
			return i, true
		}
	}
	return 0, false
}
