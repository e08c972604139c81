package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/content"
)

// powerSectionsID is the id of the sections that follow the headline
// (PaintAfterID).
const powerSectionsID = "power-sections"

// powerResult is the power page's headline: a named campus's status, the
// annual energy (#annual-energy) and the facility power (#facility-mw)
// behind it. While an input is invalid it shows a dash and carries no
// numbers.
type powerResult struct {
	app.Compo

	Ilang    content.Lang
	Ifigures powerFigures
}

func newPowerResult() *powerResult { return &powerResult{} }

// Lang sets the language.
func (r *powerResult) Lang(l content.Lang) *powerResult { r.Ilang = l; return r }

// Figures sets what is shown.
func (r *powerResult) Figures(f powerFigures) *powerResult { r.Ifigures = f; return r }

func (r *powerResult) Render() app.UI {
	l, f := r.Ilang, r.Ifigures
	return app.Section().ID("power-result").Class("result-card", "power-result").Attr("aria-labelledby", "power-result-title").Body(
		app.H2().ID("power-result-title").Text(l.T("power.result.heading")),
		app.If(f.CampusName != "", func() app.UI {
			return app.P().ID("campus").Class("campus-note").Body(
				app.Strong().Text(f.CampusName),
				app.Text(" · "+f.CampusStatus+" "+f.CampusAsOf),
			)
		}),
		r.energy(),
		app.If(f.OK, func() app.UI {
			return app.Div().Body(
				app.P().Class("detail").Body(append(sentence(l.T("power.result.facility"), map[string]app.UI{
					"power": figure("facility-mw", "mw", f.MW, f.Facility),
				}), app.If(f.FacilityRange != "", func() app.UI {
					return app.Span().Class("range").Text(l.T("text.aside", "text", f.FacilityRange))
				}))...),
				app.P().Class("detail").Text(l.T("power.result.energy.detail", "power", f.Facility, "lf", f.LoadFactor)),
				app.If(f.Cluster != "", func() app.UI { return app.P().Class("detail").Text(f.Cluster) }),
				app.P().Class("note").Text(l.T("power.lf.note", "lf", f.LoadFactor)),
			)
		}),
	)
}

// energy is the headline figure with its range.
func (r *powerResult) energy() app.UI {
	l, f := r.Ilang, r.Ifigures
	el := app.P().ID("annual-energy").Class("headline")
	if !f.OK {
		return el.Body(app.Span().Class("value").Text(dash))
	}
	return el.Attr("data-kwh", f.KWh).Body(
		app.Span().Class("label").Text(l.T("power.result.energy.label")),
		app.Span().Class("value").Text(f.Energy),
		app.If(f.EnergyRange != "", func() app.UI {
			return app.Span().Class("range").Text(f.EnergyRange)
		}),
	)
}
