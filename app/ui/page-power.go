package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/ui/dom"
)

// powerPage is /power/ and /zh/power/, "Powering AI": what it takes to
// supply a campus or a cluster round the clock, and how big that is
// beside its country's power system.
type powerPage struct {
	app.Compo
	site  Site
	route Route
	query string
}

func newPowerPage(site Site) *powerPage { return &powerPage{site: site} }

// OnInit reads the route in the browser before the first render.
func (p *powerPage) OnInit() {
	if u := dom.URL(); u != nil {
		p.route, p.query = pageFor(u, KindPower)
	}
}

func (p *powerPage) OnPreRender(ctx app.Context) { p.init(ctx) }

// OnMount follows the planner's inputs, for the language switch.
func (p *powerPage) OnMount(ctx app.Context) {
	ctx.Handle(actionQuery, func(ctx app.Context, a app.Action) { p.query = a.Tags.Get("value") })
}

func (p *powerPage) OnNav(ctx app.Context) { p.init(ctx) }

func (p *powerPage) init(ctx app.Context) {
	p.route, p.query = setupPage(ctx, KindPower, p.site)
}

func (p *powerPage) Render() app.UI {
	l := p.route.Lang
	return app.Div().Class("page").Body(
		newSiteHeader().Lang(l).Route(p.route).Query(p.query),
		app.Main().ID("main").Body(
			app.Div().Class("intro").Body(
				app.H1().Text(l.T("power.heading")),
				app.P().Class("lede").Text(l.T("power.lede")),
			),
			newPowerView().Lang(l),
		),
		newSiteFooter().Lang(l),
	)
}
