package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// powerStack shows what a cluster draws, part by part: the accelerators,
// the rest of the servers, the network and storage, and the facility's
// cooling and power conversion. Its list is the DOM contract's
// #power-stack [data-part][data-mw], whose parts sum to #power-mw.
type powerStack struct {
	app.Compo

	Iview stackView
}

func newPowerStack() *powerStack { return &powerStack{} }

// View sets what is shown.
func (s *powerStack) View(v stackView) *powerStack { s.Iview = v; return s }

func (s *powerStack) Render() app.UI {
	v := s.Iview
	if v.empty() {
		return app.Div().ID("power-stack-none").Hidden(true)
	}
	return app.Section().ID("power-stack").Class("power-stack").Attr("aria-labelledby", "power-stack-title").Body(
		app.H2().ID("power-stack-title").Text(v.Heading),
		app.If(len(v.Parts) > 0, func() app.UI {
			return app.Ul().Class("stack-parts").Body(app.Range(v.Parts).Slice(func(i int) app.UI { return stackPart(v.Parts[i]) }))
		}),
		app.If(v.Basis != "", func() app.UI {
			return app.P().ID("full-system").Class("stack-basis").Attr("data-kwh", v.FullKWh).Text(v.Basis)
		}),
		app.If(v.Omits != "", func() app.UI { return app.P().Class("stack-omits").Text(v.Omits) }),
		app.If(v.Precision != "", func() app.UI { return app.P().ID("precision").Class("stack-precision").Text(v.Precision) }),
		app.If(v.Duration != "", func() app.UI { return app.P().ID("wall-clock").Class("stack-precision").Text(v.Duration) }),
		app.If(v.Planner != "", func() app.UI {
			return app.P().Class("stack-planner").Body(app.A().ID("to-planner").Href(v.Planner).Text(v.PlannerText))
		}),
		app.If(len(v.Warnings) > 0, func() app.UI {
			return app.Ul().ID("warnings").Class("warnings").Body(app.Range(v.Warnings).Slice(func(i int) app.UI {
				w := v.Warnings[i]
				return app.Li().Attr("data-warning", w.ID).Text(w.Text)
			}))
		}),
	)
}

// stackPart is one part: name, value with share, a bar as wide as the
// share, and where its figure comes from.
func stackPart(p stackPartView) app.UI {
	return app.Li().Class("stack-part").Attr("data-part", p.Part).Attr("data-mw", p.MW).Body(
		app.Span().Class("part-name").Text(p.Label),
		app.Span().Class("part-value").Text(p.Value),
		app.Span().Class("part-track").Attr("aria-hidden", "true").Body(
			app.Span().Class("part-bar", "part-"+p.Part).Style("width", p.SharePercent+"%"),
		),
		app.Small().Class("part-note").Text(p.Note),
	)
}
