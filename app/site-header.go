package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/content"
)

// siteHeader is the bar at the top of every full page: the name, the
// navigation and the language switch, which keeps the current inputs.
type siteHeader struct {
	app.Compo

	Ilang  content.Lang
	Iroute pageRoute
	Iquery string
}

func newSiteHeader() *siteHeader { return &siteHeader{} }

// Lang sets the language.
func (h *siteHeader) Lang(l content.Lang) *siteHeader { h.Ilang = l; return h }

// Route sets the current page.
func (h *siteHeader) Route(r pageRoute) *siteHeader { h.Iroute = r; return h }

// Query sets the inputs' query string at render time.
func (h *siteHeader) Query(q string) *siteHeader { h.Iquery = q; return h }

func (h *siteHeader) Render() app.UI {
	l := h.Ilang
	home := l.PathPrefix() + "/"
	other := h.Iroute.counterpart()
	return app.Header().Class("site-header").Body(
		app.A().Class("skip").Href("#main").Text(l.T("nav.skip")),
		newUpdateBanner().Lang(l),
		newLangOffer().Lang(l).Route(h.Iroute).Query(h.Iquery),
		// go-app adds the root prefix to /web/ sources itself.
		app.A().Class("brand").Href(href(home, "")).Body(
			app.Img().Src("/web/icon.svg").Alt("").Width(28).Height(28),
			app.Span().Text(l.T("site.name")),
		),
		app.Nav().Attr("aria-label", l.T("nav.label")).Body(
			app.A().Href(href(home, h.Iquery)).Text(l.T("nav.calculator")),
			app.A().Href(href(home, h.Iquery)+"#article").Text(l.T("nav.article")),
			app.A().Href(href(l.PathPrefix()+"/methodology/", "")).Text(l.T("nav.methodology")),
			app.A().ID("lang-switch").Class("lang-switch").
				Href(href(other.Path, h.Iquery)).
				Attr("hreflang", string(other.Lang)).Attr("lang", string(other.Lang)).
				Text(l.T("nav.otherlang")).
				OnClick(rememberLanguage),
		),
	)
}

// rememberLanguage records the language a link leads to; go-app's own
// link handling then navigates to its href, which carries the current
// inputs.
func rememberLanguage(ctx app.Context, e app.Event) {
	saveLang(ctx, content.ParseLang(ctx.JSSrc().Call("getAttribute", "hreflang").String()).Short())
}
