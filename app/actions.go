package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/calc"
)

// Form parts report changes as go-app actions rather than callback fields:
// go-app re-renders a child whose exported fields differ, and two funcs
// never compare equal, so callbacks would re-render every part on every
// keystroke. The calculator handles these actions.
const (
	// actionSet carries tags "field" (a URL parameter) and "value" (as typed).
	actionSet = "watt.set"
	// actionPreset carries tag "value": the preset id.
	actionPreset = "watt.preset"
	// actionReset clears every input.
	actionReset = "watt.reset"
	// actionQuery carries tag "value": the inputs' query string, after every
	// change, so links elsewhere on the page (the language switch) keep up.
	actionQuery = "watt.query"
)

func emitSet(ctx app.Context, f calc.Field, v string) {
	ctx.NewAction(actionSet, app.T("field", string(f)), app.T("value", v))
}
