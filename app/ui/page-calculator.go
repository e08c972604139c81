package ui

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/ui/dom"
)

// calculatorPage is / and /zh/: the calculator, then the explainer.
type calculatorPage struct {
	app.Compo
	site  Site
	route Route
	query string
}

func newCalculatorPage(site Site) *calculatorPage { return &calculatorPage{site: site} }

// OnInit reads the route in the browser before the first render.
func (p *calculatorPage) OnInit() {
	if u := dom.URL(); u != nil {
		p.route, p.query = pageFor(u, KindCalculator)
	}
}

func (p *calculatorPage) OnPreRender(ctx app.Context) { p.init(ctx) }

// OnMount follows the calculator's inputs, for the language switch.
func (p *calculatorPage) OnMount(ctx app.Context) {
	ctx.Handle(actionQuery, func(ctx app.Context, a app.Action) { p.query = a.Tags.Get("value") })
}

func (p *calculatorPage) OnNav(ctx app.Context) { p.init(ctx) }

func (p *calculatorPage) init(ctx app.Context) {
	p.route, p.query = setupPage(ctx, KindCalculator, p.site)
}

func (p *calculatorPage) Render() app.UI {
	l := p.route.Lang
	return app.Div().Class("page").Body(
		newSiteHeader().Lang(l).Route(p.route).Query(p.query),
		// tabindex -1: "Skip to content" (#main) moves the focus here,
		// not only the view.
		app.Main().ID("main").TabIndex(-1).Body(
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
func setupPage(ctx app.Context, kind Kind, site Site) (Route, string) {
	u := ctx.Page().URL()
	route, query := pageFor(u, kind)
	if dom.FirstLoad(u.Path) {
		// The server wrote this page's head.
		return route, query
	}
	l := route.Lang
	page := ctx.Page()
	page.SetLang(string(l))
	page.SetTitle("%s", l.T("page."+string(kind)+".title"))
	page.SetDescription("%s", l.T("page."+string(kind)+".description"))
	page.SetImage(RootPrefix() + "/web/og-image.png")
	page.SetCanonicalLink("%s", site.Origin+RootPrefix()+route.Path)
	page.SetTwitterCard(app.TwitterCard{
		Card:        "summary_large_image",
		Title:       l.T("page." + string(kind) + ".title"),
		Description: l.T("page." + string(kind) + ".description"),
		Image:       RootPrefix() + "/web/og-image.png",
	})
	return route, query
}

// pageFor is the route for u and its inputs' query string. The query is
// re-encoded from parsed inputs: nothing from the URL reaches an href as
// it came.
func pageFor(u *url.URL, kind Kind) (Route, string) {
	route, ok := RouteFor(SitePath(u.Path))
	if !ok {
		route = Route{Path: "/", Lang: langOf(SitePath(u.Path)), Kind: kind}
	}
	return route, PageQuery(kind, u.Query())
}
