package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/ui/dom"
)

// methodologyPage is /methodology/ and /zh/methodology/: every formula and
// every constant with its source, generated from the same tables the model
// reads, so the documentation cannot drift from the code.
type methodologyPage struct {
	app.Compo
	site  Site
	route Route
	query string
}

func newMethodologyPage(site Site) *methodologyPage { return &methodologyPage{site: site} }

// OnInit reads the route in the browser before the first render.
func (p *methodologyPage) OnInit() {
	if u := dom.URL(); u != nil {
		p.route, p.query = pageFor(u, KindMethodology)
	}
}

func (p *methodologyPage) OnPreRender(ctx app.Context) { p.init(ctx) }
func (p *methodologyPage) OnNav(ctx app.Context)       { p.init(ctx) }

func (p *methodologyPage) init(ctx app.Context) {
	p.route, p.query = setupPage(ctx, KindMethodology, p.site)
	ctx.Defer(func(app.Context) { dom.MarkReady() })
}

func (p *methodologyPage) Render() app.UI {
	l := p.route.Lang
	return app.Div().Class("page").Body(
		newSiteHeader().Lang(l).Route(p.route).Query(p.query),
		app.Main().ID("main").TabIndex(-1).Class("methodology").Body(
			app.H1().Text(l.T("page.methodology.title")),
			app.P().Class("lede").Text(l.T("method.intro")),
			newMethodologyBody().Lang(l),
		),
		newSiteFooter().Lang(l),
	)
}
