package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/ui/dom"
)

// inPageOrder returns a view's form and its answer in the order the page
// holds them. A widget (compact) leads with its answer in the page as on
// the screen: a browser paints a long page before it has parsed all of
// it, and an answer ordered above the form by CSS alone arrived under a
// painted form and pushed it down (a layout shift of 0.6 at 412 px). A
// full page keeps the form first, for the keyboard, and its head holds
// the paint back until the answer is parsed (PaintAfterID).
func inPageOrder(compact bool, form, answer app.UI) (app.UI, app.UI) {
	if compact {
		return answer, form
	}
	return form, answer
}

// showEarlyInput writes a value typed before the WebAssembly ran into the
// field go-app has just built for it (the form's number fields keep the
// text being typed, and this element came after the typing).
func showEarlyInput(field, value string) {
	if el := dom.ElementByID("in-" + field); el.Truthy() {
		dom.SyncInput(el.Get("parentElement"), value)
	}
}
