// Package form is the calculator's inputs (the preset, method, hardware
// and region drop-downs and the number fields) and the power planner's
// (campus, source, facility power or cluster, load factor, region), built
// from content's tables and the model's resolved inputs. Its parts hold no
// inputs of their own: they report each change as a go-app action
// (ActionSet, ActionPreset, ActionReset, ActionSource) that the calculator
// or the power page (package ui) handles, and show what it passes back.
//
// Like ui it is built for both targets and imports no net/http; it
// touches the page only through package dom.
package form
