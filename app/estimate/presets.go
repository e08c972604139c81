package estimate

import (
	"sync"

	"wattledger/calc"
	"wattledger/content"
)

// PresetRun is a preset with the model's result for its own inputs.
type PresetRun struct {
	Preset content.Preset
	Result calc.Result
}

// PresetRuns returns every preset's result, computed once: they depend only
// on the tables, and the growth chart, the article and the preview image
// all need them.
func PresetRuns() []PresetRun { return presetRuns() }

var presetRuns = sync.OnceValue(func() []PresetRun {
	out := make([]PresetRun, 0, len(content.Presets))
	for _, p := range content.Presets {
		// Tests make every preset valid; one that is not is left out of
		// the comparisons rather than shown with wrong numbers.
		if o, err := Estimate(Inputs{}.With(calc.FieldPreset, p.ID)); err == nil {
			out = append(out, PresetRun{Preset: p, Result: o.Result})
		}
	}
	return out
})
