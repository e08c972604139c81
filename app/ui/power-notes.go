package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/content"
)

// powerNotes says what the planner's numbers mean and what they leave
// out, and how the solar and storage are sized, with the assumptions'
// values from the tables the model reads.
type powerNotes struct {
	app.Compo

	Ilang content.Lang
}

func newPowerNotes() *powerNotes { return &powerNotes{} }

// Lang sets the language.
func (n *powerNotes) Lang(l content.Lang) *powerNotes { n.Ilang = l; return n }

func (n *powerNotes) Render() app.UI {
	l := n.Ilang
	return app.Section().ID("power-notes").Class("power-section", "power-notes").Attr("aria-labelledby", "power-notes-title").Body(
		app.H2().ID("power-notes-title").Text(l.T("power.limits.heading")),
		app.P().Text(l.T("power.limits")),
		app.H2().Text(l.T("power.method.heading")),
		app.P().Text(sizingMethod(l)),
		app.P().Body(
			app.A().Href(href(l.PathPrefix()+"/methodology/", "")+"#sources").Text(l.T("power.method.sources")),
		),
	)
}

// sizingMethod says how solar and storage are sized, with the planner's
// assumptions filled in; the methodology page shows the same text.
func sizingMethod(l content.Lang) string {
	a := content.PlannerAssumptions
	return l.T("power.method.body",
		"rt", percent(l, a.BatteryRoundTrip.Value),
		"margin", percent(l, a.SolarMargin.Value),
		"land", l.T("unit.m²/MW", "n", content.Number(l, a.SolarLandM2PerMW.Value, 3)))
}
