package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/content"
)

// powerSupply is what would supply the campus on its own: reactors, gas
// plants, wind with a battery, and solar with batteries sized to run it
// round the clock (#reactors, #solar-gw, #storage-gwh, #solar-land), then
// the lifecycle CO2e of a year of each.
type powerSupply struct {
	app.Compo

	Ilang    content.Lang
	Ifigures powerFigures
}

func newPowerSupply() *powerSupply { return &powerSupply{} }

// Lang sets the language.
func (s *powerSupply) Lang(l content.Lang) *powerSupply { s.Ilang = l; return s }

// Figures sets what is shown.
func (s *powerSupply) Figures(f powerFigures) *powerSupply { s.Ifigures = f; return s }

func (s *powerSupply) Render() app.UI {
	l, f := s.Ilang, s.Ifigures
	return app.Section().ID("power-supply").Class("power-section").Attr("aria-labelledby", "power-supply-title").Body(
		app.H2().ID("power-supply-title").Text(l.T("power.supply.heading")),
		app.Ul().Class("supply").Body(
			app.Li().Body(sentence(l.T("power.supply.reactors"), map[string]app.UI{
				"n":  figure("reactors", "value", f.Reactors, f.ReactorsText),
				"cf": app.Text(f.ReactorsCF),
			})...),
			app.Li().Text(l.T("power.supply.gas", "n", f.GasText, "cf", f.GasCF)),
			app.Li().Text(l.T("power.supply.wind", "n", f.WindText, "capacity", f.WindCapacity, "storage", f.WindStorage)),
			app.Li().Body(sentence(l.T("power.supply.solar"), map[string]app.UI{
				"pv":      figure("solar-gw", "gw", f.SolarGW, f.PV),
				"storage": figure("storage-gwh", "gwh", f.StorageGWh, f.Battery),
				"land":    figure("solar-land", "km2", f.SolarKm2, f.Land),
			})...),
		),
		app.P().Class("note").Text(f.SolarDay),
		app.If(f.SolarFallback, func() app.UI { return app.P().Class("note").Text(l.T("power.supply.solar.fallback")) }),
		app.H3().Text(l.T("power.supply.co2")),
		app.Dl().Class("facts").Body(app.Range(f.CO2).Slice(func(i int) app.UI {
			return app.Div().Class("fact").Body(app.Dt().Text(f.CO2[i].Name), app.Dd().Text(f.CO2[i].Value))
		})),
	)
}
