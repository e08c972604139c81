package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/estimate"
	"wattledger/app/ui/dom"
	"wattledger/content"
)

// countryList puts the energy beside whole countries' electricity: how long
// each takes to use that much, the share of its year, and how many
// person-years of its per-capita demand it equals. It shows the regions
// with household data, the chosen region, and the country whose annual
// demand is nearest to the energy.
type countryList struct {
	app.Compo

	Ilang content.Lang
	Iout  estimate.Outcome
	// Ikey is what the list shows (resultsKey); the server's copy carries
	// it, and the browser keeps that copy until it changes.
	Ikey string

	server dom.ServerCopy
}

func newCountryList() *countryList { return &countryList{} }

// countryListID is the list's element id, by which the browser finds the
// server's copy.
const countryListID = "country-comparisons"

// Lang sets the language.
func (c *countryList) Lang(l content.Lang) *countryList { c.Ilang = l; return c }

// Outcome sets the result compared, which must be a valid one, and the
// language and inputs it was computed for (resultsKey).
func (c *countryList) Outcome(o estimate.Outcome, key string) *countryList {
	c.Iout, c.Ikey = o, key
	return c
}

// OnInit, OnMount and OnUpdate keep the server's copy while it is current
// (dom.ServerCopy).
func (c *countryList) OnInit()                  { c.server.Take(countryListID, c.Ikey) }
func (c *countryList) OnMount(ctx app.Context)  { c.server.PlaceIn(c.JSValue()) }
func (c *countryList) OnUpdate(ctx app.Context) { c.server.DropUnless(c.Ikey) }

func (c *countryList) Render() app.UI { return c.server.Or(c.own) }

// own builds the country table in place of the server's copy (dom.ServerCopy).
func (c *countryList) own() app.UI {
	l := c.Ilang
	rows := c.rows()
	return app.Section().ID(countryListID).Class("countries").Attr("aria-labelledby", "countries-title").Attr("data-prerender", c.Ikey).Body(
		app.H2().ID("countries-title").Text(l.T("countries.title")),
		app.Div().Class("table-wrap").Body(app.Table().Class("cards").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text(l.T("countries.col.country")),
				app.Th().Scope("col").Text(l.T("countries.col.time")),
				app.Th().Scope("col").Text(l.T("countries.col.share")),
				app.Th().Scope("col").Text(l.T("countries.col.people")),
			)),
			app.TBody().Body(app.Range(rows).Slice(func(i int) app.UI {
				country := content.Countries[rows[i]]
				cmp := c.Iout.Comparisons.Countries[rows[i]]
				return app.Tr().Body(
					app.Th().Scope("row").Text(country.Name(l)),
					app.Td().Attr("data-label", l.T("countries.col.time")).Text(content.Duration(l, cmp.Consumption)),
					app.Td().Attr("data-label", l.T("countries.col.share")).Text(content.Percent(l, cmp.SharePercent)),
					app.Td().Attr("data-label", l.T("countries.col.people")).Text(content.Count(l, cmp.PersonYears)),
				)
			})),
		)),
		app.P().Class("note").Text(l.T("countries.note")),
	)
}

// rows returns indexes into content.Countries, without repeats.
func (c *countryList) rows() []int {
	seen := map[int]bool{}
	var out []int
	add := func(iso string) {
		if i, ok := content.CountryIndex(iso); ok && !seen[i] {
			seen[i] = true
			out = append(out, i)
		}
	}
	add(c.Iout.Region.ISO)
	for _, h := range content.Households {
		add(h.Region)
	}
	if near, ok := nearestCountry(c.Iout.Result.Energy.Central.KilowattHours()); ok {
		add(near.ISO)
	}
	if len(c.Iout.Comparisons.Countries) != len(content.Countries) {
		return nil
	}
	return out
}
