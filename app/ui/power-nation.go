package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/content"
)

// powerNation sets the campus against its country's power system (the
// shares of demand, capacity and the latest year's additions) and prices
// a year of its electricity, in yuan too on the Chinese page. A share or
// a price without a sourced figure says so and carries no number.
type powerNation struct {
	app.Compo

	Ilang    content.Lang
	Ifigures powerFigures
}

func newPowerNation() *powerNation { return &powerNation{} }

// Lang sets the language.
func (n *powerNation) Lang(l content.Lang) *powerNation { n.Ilang = l; return n }

// Figures sets what is shown.
func (n *powerNation) Figures(f powerFigures) *powerNation { n.Ifigures = f; return n }

func (n *powerNation) Render() app.UI {
	l, f := n.Ilang, n.Ifigures
	return app.Section().ID("power-nation").Class("power-section").Attr("aria-labelledby", "power-nation-title").Body(
		app.H2().ID("power-nation-title").Text(l.T("power.nation.heading", "country", f.Country)),
		app.Ul().Class("shares").Body(
			app.Li().Body(sentence(l.T("power.nation.demand"), map[string]app.UI{
				"share": figure("demand-share", "percent", f.Demand, f.DemandShare),
			})...),
			n.share("capacity-share", f.Capacity, "power.nation.capacity", "power.nation.capacity.unknown", f.CapacityShare, ""),
			n.share("additions-share", f.Additions, "power.nation.additions", "power.nation.additions.unknown", f.AdditionsShare, f.AdditionsYear),
		),
		app.H2().ID("power-cost-title").Text(l.T("power.cost.heading")),
		n.cost(),
	)
}

// share is one share of the country's power system, or why it is unknown.
func (n *powerNation) share(id, value, key, unknown, text, year string) app.UI {
	l := n.Ilang
	if value == "" {
		return app.Li().ID(id).Class("unknown").Text(l.T(unknown))
	}
	return app.Li().Body(sentence(l.T(key, "year", year), map[string]app.UI{
		"share": figure(id, "percent", value, text),
	})...)
}

// cost is a year at the industrial price, and in yuan on the Chinese page.
func (n *powerNation) cost() app.UI {
	l, f := n.Ilang, n.Ifigures
	if f.USD == "" {
		return app.P().ID("annual-cost").Class("unknown").Text(l.T("power.cost.unknown"))
	}
	return app.Div().Body(
		app.P().Body(sentence(l.T("power.cost.usd", "price", f.Price), map[string]app.UI{
			"usd": figure("annual-cost", "usd", f.USD, f.Cost),
		})...),
		app.If(l == content.Chinese, func() app.UI {
			return app.P().ID("annual-cost-cny").Text(l.T("power.cost.cny", "cny", f.CostCNY, "usd", f.Cost, "rate", f.Rate))
		}),
	)
}
