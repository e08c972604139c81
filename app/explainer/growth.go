package explainer

import (
	"fmt"

	"wattledger/app/estimate"
	"wattledger/calc"
	"wattledger/content"
)

// comparableRuns are the presets whose published basis includes idle
// power and the facility: BLOOM's dynamic GPU energy alone would bend the
// trend and the spread, so the article leaves it out as the chart does.
func comparableRuns() []estimate.PresetRun {
	var out []estimate.PresetRun
	for _, r := range estimate.PresetRuns() {
		if r.Preset.Omits != content.OmitsDynamicOnly {
			out = append(out, r)
		}
	}
	return out
}

// presetGrowth fits the exponential trend of the presets' training energy
// (as the model computes it) against the year each finished.
func presetGrowth() (calc.Growth, bool) {
	var years, kwh []float64
	for _, r := range comparableRuns() {
		years = append(years, float64(r.Preset.Year))
		kwh = append(kwh, r.Result.Energy.Central.KilowattHours())
	}
	return calc.FitGrowth(years, kwh)
}

// presetSpread is the ratio of the largest preset's training energy to the
// smallest's.
func presetSpread() float64 {
	lo, hi := 0.0, 0.0
	for _, r := range comparableRuns() {
		e := r.Result.Energy.Central.KilowattHours()
		if lo == 0 || e < lo {
			lo = e
		}
		hi = max(hi, e)
	}
	return hi / lo
}

func (r *resolver) growth(what string) (Inline, error) {
	switch what {
	case "doubling":
		g, ok := presetGrowth()
		if !ok {
			return Inline{}, fmt.Errorf("growth cannot be fitted")
		}
		return Inline{Kind: Number, Text: content.Doubling(r.lang, g.DoublingYears)}, nil
	case "factor":
		f := presetSpread()
		return Inline{Kind: Number, Text: r.lang.T("unit.times", "n", content.Number(r.lang, f, 2))}, nil
	}
	return Inline{}, fmt.Errorf("unknown growth figure %q", what)
}
