package ui

import (
	"net/url"

	"wattledger/app/estimate"
	"wattledger/app/ui/dom"
)

// PaintEarlyInputs shows in the server's result card what the visitor
// typed into the calculator before the WebAssembly ran, as soon as Go's
// main runs and before go-app builds the page again: that build takes
// about a second on a phone with a 4× slower CPU, and the first number
// should not wait for it. The view later applies the same changes the
// same way (calculatorView.applyEarlyInputs, estimate.Inputs.EditAll) and
// finds the same text in place. Nothing is painted on a page whose
// numbers web/guard.js hid (html.pending: they were not the link's), nor
// outside the calculator and its widget. When it has painted, it lets the
// browser show the card before go-app's build holds the main thread.
func PaintEarlyInputs() {
	early := dom.EarlyInputs()
	if len(early) == 0 || dom.Pending() {
		return
	}
	u := dom.URL()
	if u == nil {
		return
	}
	if v, ok := earlyResult(u.Path, u.Query(), early); ok && dom.PaintResult(v) {
		dom.WaitForPaint()
	}
}

// earlyResult is the result card after changes on the page at path with
// query q, or false where no card is painted early: outside the
// calculator and its widget (the power planner's widget included).
func earlyResult(path string, q url.Values, changes map[string]string) (dom.Result, bool) {
	route, ok := RouteFor(SitePath(path))
	if !ok || (route.Kind != KindCalculator && route.Kind != KindEmbed) || IsPowerEmbed(q) {
		return dom.Result{}, false
	}
	o, err := estimate.Estimate(estimate.FromQuery(q).EditAll(changes))
	return newResultView(route.Lang, route.Kind == KindEmbed, o, err == nil), true
}
