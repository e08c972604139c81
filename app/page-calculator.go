package main

import (
	"net/url"

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

// OnInit reads the route in the browser before the first render.
func (p *calculatorPage) OnInit() {
	if u := browserURL(); u != nil {
		p.route, p.query = pageFor(u, kindCalculator)
	}
}

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
	route, query := pageFor(u, kind)
	if app.IsClient && u.Path == loadedPath {
		// The server wrote this page's head; only a later navigation, to
		// another page, needs it rewritten.
		loadedPath = ""
		return route, query
	}
	l := route.Lang
	page := ctx.Page()
	page.SetLang(string(l))
	page.SetTitle("%s", l.T("page."+string(kind)+".title"))
	page.SetDescription("%s", l.T("page."+string(kind)+".description"))
	page.SetImage(rootPrefix() + "/web/og-image.png")
	page.SetCanonicalLink("%s", canonicalBase+rootPrefix()+route.Path)
	page.SetTwitterCard(app.TwitterCard{
		Card:        "summary_large_image",
		Title:       l.T("page." + string(kind) + ".title"),
		Description: l.T("page." + string(kind) + ".description"),
		Image:       rootPrefix() + "/web/og-image.png",
	})
	return route, query
}

// loadedPath is the path of the page the browser loaded, whose head the
// server (or the static export) wrote for it; set by main in the browser.
var loadedPath string

// canonicalBase is the public origin the server or the static export was
// started with, for canonical links. It is empty in the browser, where
// go-app does not use them. Given as a full URL, the link keeps its path's
// trailing slash (go-app trims it from a bare path).
var canonicalBase string

// pageFor is the route for u and its inputs' query string. The query is
// re-encoded from parsed inputs: nothing from the URL reaches an href as
// it came.
func pageFor(u *url.URL, kind pageKind) (pageRoute, string) {
	route, ok := routeFor(sitePath(u.Path))
	if !ok {
		route = pageRoute{Path: "/", Lang: langOf(sitePath(u.Path)), Kind: kind}
	}
	return route, estimate.FromQuery(u.Query()).Encode()
}

// browserURL is the address bar's URL in the browser, nil on the server.
// Pages read it in OnInit, before their first render: go-app dispatches
// OnNav and OnMount only after it, and a page built first without its
// route would be built a second time, in full, once they ran.
func browserURL() *url.URL {
	if !app.IsClient {
		return nil
	}
	return app.Window().URL()
}
