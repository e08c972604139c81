package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/estimate"
	"wattledger/app/ui/dom"
	"wattledger/content"
)

// resultTools holds the result's share dialog and its CSV and JSON
// downloads. On a first visit the browser shows the server's copy until
// the page is ready (dom.ServerCopy), then builds its own, whose buttons
// work.
type resultTools struct {
	app.Compo

	Ilang  content.Lang
	Iquery string
	Ititle string
	Iout   estimate.Outcome
	Iok    bool
	Ikey   string

	server dom.ServerCopy
}

func newResultTools() *resultTools { return &resultTools{} }

// resultToolsID is the element id by which the browser finds the server's
// copy.
const resultToolsID = "result-tools"

// Lang sets the language.
func (t *resultTools) Lang(l content.Lang) *resultTools { t.Ilang = l; return t }

// Key sets what the tools were built for (resultsKey).
func (t *resultTools) Key(k string) *resultTools { t.Ikey = k; return t }

// Result sets what is shared and exported: the inputs' query string, the
// result's title and the outcome (ok is false while an input is invalid).
func (t *resultTools) Result(query, title string, o estimate.Outcome, ok bool) *resultTools {
	t.Iquery, t.Ititle, t.Iout, t.Iok = query, title, o, ok
	return t
}

func (t *resultTools) OnInit()                  { t.server.Take(resultToolsID, t.Ikey) }
func (t *resultTools) OnMount(ctx app.Context)  { t.server.PlaceUntilReady(ctx, t.JSValue()) }
func (t *resultTools) OnUpdate(ctx app.Context) { t.server.DropUnless(t.Ikey) }

func (t *resultTools) Render() app.UI { return t.server.Or(t.own) }

// own builds the share and export tools in place of the server's copy (dom.ServerCopy).
func (t *resultTools) own() app.UI {
	l := t.Ilang
	return app.Div().ID(resultToolsID).Class("result-tools").Attr("data-prerender", t.Ikey).Body(
		newShareDialog().Lang(l).Query(t.Iquery).Key(t.Iout.Preset.ID).Title(t.Ititle),
		newResultDownloads().Lang(l).Outcome(t.Iout, t.Iok),
	)
}
