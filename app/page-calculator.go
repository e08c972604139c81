package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/estimate"
)

// calculatorPage is / and /zh/: the calculator, then the explainer.
type calculatorPage struct {
	app.Compo
	route pageRoute
	query string
}

func newCalculatorPage() *calculatorPage { return &calculatorPage{} }

func (p *calculatorPage) OnPreRender(ctx app.Context) { p.init(ctx) }

// OnMount follows the calculator's inputs, for the language switch.
func (p *calculatorPage) OnMount(ctx app.Context) {
	ctx.Handle(actionQuery, func(ctx app.Context, a app.Action) { p.query = a.Tags.Get("value") })
}

func (p *calculatorPage) OnNav(ctx app.Context) { p.init(ctx) }

func (p *calculatorPage) init(ctx app.Context) {
	p.route, p.query = setupPage(ctx, kindCalculator)
}

func (p *calculatorPage) Render() app.UI {
	l := p.route.Lang
	return app.Div().Class("page").Body(
		newSiteHeader().Lang(l).Route(p.route).Query(p.query),
		app.Main().ID("main").Body(
			app.Div().Class("intro").Body(
				app.H1().Text(l.T("calc.heading")),
				app.P().Class("lede").Text(l.T("calc.lede")),
			),
			newCalculatorView().Lang(l),
			newArticleView().Lang(l),
		),
		newSiteFooter().Lang(l),
	)
}

// setupPage finds the route for the current URL and sets the page's
// language, title and description, on the server and in the browser.
func setupPage(ctx app.Context, kind pageKind) (pageRoute, string) {
	u := ctx.Page().URL()
	route, ok := routeFor(sitePath(u.Path))
	if !ok {
		route = pageRoute{Path: "/", Lang: langOf(sitePath(u.Path)), Kind: kind}
	}
	l := route.Lang
	page := ctx.Page()
	page.SetLang(string(l))
	page.SetTitle("%s", l.T("page."+string(kind)+".title"))
	page.SetDescription("%s", l.T("page."+string(kind)+".description"))
	page.SetImage(rootPrefix() + "/web/og-image.png")
	page.SetCanonicalLink("%s", rootPrefix()+route.Path)
	page.SetTwitterCard(app.TwitterCard{
		Card:        "summary_large_image",
		Title:       l.T("page." + string(kind) + ".title"),
		Description: l.T("page." + string(kind) + ".description"),
		Image:       rootPrefix() + "/web/og-image.png",
	})
	// The query is re-encoded from parsed inputs: nothing from the URL
	// reaches an href as it came.
	return route, estimate.FromQuery(u.Query()).Encode()
}
