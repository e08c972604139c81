package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/ui/dom"
)

// resultCard shows the estimate: energy with its range, CO2e, households,
// the region's share and the cluster's continuous power. Its elements
// carry the DOM contract's ids and data attributes; while an input is
// invalid they show a dash and carry no numbers, so nothing stale passes
// for current. Its text comes from a dom.Result (newResultView, result-view.go).
type resultCard struct {
	app.Compo

	Iview dom.Result
	// Ikey is the language and inputs the view was computed for
	// (resultsKey).
	Ikey string

	server dom.ServerCopy
}

func newResultCard() *resultCard { return &resultCard{} }

// resultCardID is the card's element id, by which the browser finds the
// server's copy.
const resultCardID = "result-card"

// View sets what is shown, computed for key (resultsKey).
func (r *resultCard) View(v dom.Result, key string) *resultCard {
	r.Iview, r.Ikey = v, key
	return r
}

// OnInit takes the server's card if it shows what the WebAssembly has just
// computed: the same key, and the same kilowatt-hours in #energy. The
// first result then needs no elements built; the card's own elements
// replace the copy once the page is ready, while nothing else is waiting.
func (r *resultCard) OnInit() {
	r.server.Take(resultCardID, r.Ikey)
	r.server.DropUnlessShows("#energy", "data-kwh", r.Iview.KWh)
}

func (r *resultCard) OnMount(ctx app.Context) { r.server.PlaceUntilReady(ctx, r.JSValue()) }

func (r *resultCard) OnUpdate(ctx app.Context) { r.server.DropUnless(r.Ikey) }

func (r *resultCard) Render() app.UI { return r.server.Or(r.own) }

// own builds the result card in place of the server's copy (dom.ServerCopy).
func (r *resultCard) own() app.UI {
	v := r.Iview
	return app.Section().ID(resultCardID).Class("result-card").Attr("aria-labelledby", "result-title").Attr("data-prerender", r.Ikey).Body(
		app.H2().ID("result-title").Text(v.Title),
		app.If(v.EstimateFlag, func() app.UI {
			return app.P().Class("estimate-flag").Text(v.EstimateText)
		}),
		r.energy(),
		app.Dl().Class("facts").Body(app.Range(v.Facts).Slice(func(i int) app.UI { return fact(v.Facts[i]) })),
		app.If(v.BreakEven != "", func() app.UI { return app.P().Class("break-even").Text(v.BreakEven) }),
	)
}

// energy is the headline: the central figure, its range, and in Chinese
// a reminder that 1 千瓦时 is the 度 of an electricity bill.
func (r *resultCard) energy() app.UI {
	v := r.Iview
	el := app.P().ID("energy").Class("headline")
	if !v.OK {
		return el.Body(app.Span().Class("value").Text(dash))
	}
	return el.
		Attr("data-kwh", v.KWh).
		Attr("data-kwh-low", v.KWhLow).
		Attr("data-kwh-high", v.KWhHigh).
		Body(
			app.Span().Class("label").Text(v.EnergyLabel),
			app.Span().Class("value").Text(v.Energy),
			app.If(v.Range != "", func() app.UI { return app.Span().Class("range").Text(v.Range) }),
			app.If(v.Du != "", func() app.UI { return app.Span().Class("unit-note").Text(v.Du) }),
		)
}

// fact is one line of the card: a term, its value and an optional note.
func fact(f dom.Fact) app.UI {
	dd := app.Dd().ID(f.ID)
	if f.DataName != "" {
		dd = dd.Attr("data-"+f.DataName, f.DataValue)
	}
	return app.Div().Class("fact").Body(
		app.Dt().Text(f.Term),
		dd.Body(
			app.Span().Class("value").Text(f.Value),
			app.If(f.Note != "", func() app.UI { return app.Span().Class("note").Text(f.Note) }),
		),
	)
}
