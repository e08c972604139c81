package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/ui/dom"
	"wattledger/content"
)

// siteHeader is the bar at the top of every full page: the name, the
// navigation and the language switch, which keeps the current inputs.
type siteHeader struct {
	app.Compo

	Ilang  content.Lang
	Iroute Route
	Iquery string

	server dom.ServerCopy
}

func newSiteHeader() *siteHeader { return &siteHeader{} }

// siteHeaderID is the header's element id, by which the browser finds the
// server's copy.
const siteHeaderID = "site-header"

// key says what the header shows: its links carry the language and query.
func (h *siteHeader) key() string {
	return dom.PrerenderKey(h.Ilang) + " " + h.Iroute.Path + "?" + h.Iquery
}

// OnInit, OnMount and OnUpdate keep the server's copy of the header
// (dom.ServerCopy) until the page is ready: its links work without
// go-app, and the language offer and update notice it holds wait until
// then.
func (h *siteHeader) OnInit() { h.server.Take(siteHeaderID, h.key()) }

func (h *siteHeader) OnMount(ctx app.Context) { h.server.PlaceUntilReady(ctx, h.JSValue()) }

func (h *siteHeader) OnUpdate(ctx app.Context) { h.server.DropUnless(h.key()) }

// Lang sets the language.
func (h *siteHeader) Lang(l content.Lang) *siteHeader { h.Ilang = l; return h }

// Route sets the current page.
func (h *siteHeader) Route(r Route) *siteHeader { h.Iroute = r; return h }

// Query sets the inputs' query string at render time.
func (h *siteHeader) Query(q string) *siteHeader { h.Iquery = q; return h }

func (h *siteHeader) Render() app.UI { return h.server.Or(h.own) }

// own builds the header in place of the server's copy (dom.ServerCopy).
func (h *siteHeader) own() app.UI {
	l := h.Ilang
	home := l.PathPrefix() + "/"
	other := h.Iroute.Counterpart()
	// The query is the current page's inputs; the power planner's are
	// not the calculator's.
	calc := h.Iquery
	if h.Iroute.Kind == KindPower {
		calc = ""
	}
	return app.Header().ID(siteHeaderID).Class("site-header").Attr("data-prerender", h.key()).Body(
		// go-app follows the link itself (a click handler on the window),
		// which moves the view but not the focus.
		app.A().Class("skip").Href("#main").Text(l.T("nav.skip")).
			OnClick(func(ctx app.Context, e app.Event) { dom.Focus("main") }),
		newUpdateBanner().Lang(l),
		newLangOffer().Lang(l).Route(h.Iroute).Query(h.Iquery),
		// go-app adds the root prefix to /web/ sources itself.
		app.A().Class("brand").Href(href(home, "")).Body(
			// A PNG: an SVG image costs the main thread a document of its
			// own to render (about 17 ms on a first visit). The link's
			// text names it, so the image is decoration; go-app drops an
			// empty alt (its attributes.Set keeps no empty value), which
			// role="presentation" says instead.
			app.Img().Src("/web/icons/icon-192.png").Attr("role", "presentation").Width(28).Height(28),
			app.Span().Text(l.T("site.name")),
		),
		app.Nav().Attr("aria-label", l.T("nav.label")).Body(
			app.A().Href(href(home, calc)).Text(l.T("nav.calculator")),
			app.A().Href(href(home, calc)+"#article").Text(l.T("nav.article")),
			app.A().Href(href(l.PathPrefix()+"/power/", "")).Text(l.T("power.nav")),
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
