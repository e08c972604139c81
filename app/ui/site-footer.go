package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/ui/dom"
	"wattledger/content"
)

// siteFooter carries the data attribution that the countries table's
// CC BY 4.0 licence requires, and the data version.
type siteFooter struct {
	app.Compo
	Ilang content.Lang

	server dom.ServerCopy
}

func newSiteFooter() *siteFooter { return &siteFooter{} }

// siteFooterID is the footer's element id, by which the browser finds the
// server's copy.
const siteFooterID = "site-footer"

// OnInit, OnMount and OnUpdate keep the server's copy of the footer, which
// has only links and text, for as long as the language is the same
// (dom.ServerCopy).
func (f *siteFooter) OnInit()                  { f.server.Take(siteFooterID, dom.PrerenderKey(f.Ilang)) }
func (f *siteFooter) OnMount(ctx app.Context)  { f.server.PlaceIn(f.JSValue()) }
func (f *siteFooter) OnUpdate(ctx app.Context) { f.server.DropUnless(dom.PrerenderKey(f.Ilang)) }

// Lang sets the language.
func (f *siteFooter) Lang(l content.Lang) *siteFooter { f.Ilang = l; return f }

func (f *siteFooter) Render() app.UI { return f.server.Or(f.own) }

// own builds the footer in place of the server's copy (dom.ServerCopy).
func (f *siteFooter) own() app.UI {
	l := f.Ilang
	return app.Footer().ID(siteFooterID).Class("site-footer").Attr("data-prerender", dom.PrerenderKey(f.Ilang)).Body(
		app.P().Text(l.T("footer.attribution")),
		app.P().Body(
			app.A().Href("https://creativecommons.org/licenses/by/4.0/").Attr("rel", "license noopener").Text(l.T("footer.licence")),
			app.Text(" · "),
			app.A().Href(href(l.PathPrefix()+"/methodology/", "")+"#sources").Text(l.T("footer.sources")),
			app.Text(" · "),
			app.Span().Class("data-version").Text(l.T("footer.dataversion", "version", content.DataVersion)),
			app.Text(" · "),
			app.Span().ID("app-version").Attr("data-version", app.Getenv("GOAPP_VERSION")).
				Text(l.T("footer.appversion", "version", app.Getenv("GOAPP_VERSION"))),
		),
	)
}
