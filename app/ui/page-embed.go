package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/ui/dom"
)

// embedPage is /embed/ and /zh/embed/: the compact widget newsrooms put in
// an iframe. It takes the URL contract plus view, theme and controls.
type embedPage struct {
	app.Compo
	site    Site
	route   Route
	query   string
	options embedOptions
	err     string
}

func newEmbedPage(site Site) *embedPage { return &embedPage{site: site} }

// OnInit reads the route and options in the browser before the first
// render.
func (p *embedPage) OnInit() {
	if u := dom.URL(); u != nil {
		p.route, p.query = pageFor(u, KindEmbed)
		p.options, p.err = parseEmbedOptions(u.Query())
	}
}

func (p *embedPage) OnPreRender(ctx app.Context) { p.init(ctx) }
func (p *embedPage) OnNav(ctx app.Context)       { p.init(ctx) }

func (p *embedPage) init(ctx app.Context) {
	p.route, p.query = setupPage(ctx, KindEmbed, p.site)
	p.options, p.err = parseEmbedOptions(ctx.Page().URL().Query())
}

func (p *embedPage) Render() app.UI {
	l := p.route.Lang
	full := href(l.PathPrefix()+"/", withDataVersion(p.query))
	var view app.UI = newCalculatorView().Lang(l).Compact(true).Controls(p.options.Controls).View(p.options.View)
	if p.options.View == embedViewPower {
		full = href(l.PathPrefix()+"/power/", p.query)
		view = newPowerView().Lang(l).Compact(true).Controls(p.options.Controls)
	}
	return app.Div().Class("embed").Class("theme-"+p.options.Theme).Body(
		app.If(p.err != "", func() app.UI {
			return app.P().ID("input-error").Role("alert").Attr("data-field", p.err).
				Text(l.T("error.embed", "field", p.err))
		}),
		view,
		app.P().Class("embed-footer").Body(
			app.A().Href(full).Attr("target", "_blank").Attr("rel", "noopener").Text(l.T("embed.open")),
			app.Text(" · "),
			app.Span().Text(l.T("embed.attribution")),
		),
	)
}

// embedOptions are the widget's own parameters.
type embedOptions struct {
	View     string
	Theme    string
	Controls bool
}

// parseEmbedOptions reads view, theme and controls; an unknown value is
// reported by its parameter name and the default is used.
func parseEmbedOptions(q map[string][]string) (embedOptions, string) {
	o := embedOptions{View: "result", Theme: "auto", Controls: true}
	get := func(k string) string {
		if v := q[k]; len(v) > 0 {
			return v[0]
		}
		return ""
	}
	bad := ""
	if v := get("view"); v != "" {
		if !embedViews[v] {
			bad = "view"
		} else {
			o.View = v
		}
	}
	if v := get("theme"); v != "" {
		if v != "light" && v != "dark" && v != "auto" {
			bad = "theme"
		} else {
			o.Theme = v
		}
	}
	switch get("controls") {
	case "", "1":
	case "0":
		o.Controls = false
	default:
		bad = "controls"
	}
	return o, bad
}

// embedViews are the cards and charts a widget can show; embedViewPower
// is the power planner's results instead of the calculator's.
var embedViews = map[string]bool{"result": true, "sources": true,
	"chart-sources": true, "chart-growth": true, "chart-scale": true, "chart-co2": true,
	"chart-stack": true, "chart-sensitivity": true, embedViewPower: true}

const embedViewPower = "power"
