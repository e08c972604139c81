package form

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/calc"
)

// Form parts report changes as go-app actions rather than callback fields:
// go-app re-renders a child whose exported fields differ, and two funcs
// never compare equal, so callbacks would re-render every part on every
// keystroke. The calculator handles these actions.
const (
	// ActionSet carries tags "field" (a URL parameter) and "value" (as typed).
	ActionSet = "watt.set"
	// ActionPreset carries tag "value": the preset id.
	ActionPreset = "watt.preset"
	// ActionReset clears every input.
	ActionReset = "watt.reset"
	// ActionSource carries tag "value": what the power planner sizes,
	// SourceMW or SourceCluster.
	ActionSource = "watt.source"
)

func emitSet(ctx app.Context, f calc.Field, v string) {
	ctx.NewAction(ActionSet, app.T("field", string(f)), app.T("value", v))
}
