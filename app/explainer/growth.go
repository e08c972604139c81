package explainer

import (
	"fmt"

	"wattledger/app/estimate"
	"wattledger/calc"
	"wattledger/content"
)

// PresetGrowth fits the exponential trend of the presets' training energy
// (as the model computes it) against the year each finished.
func PresetGrowth() (calc.Growth, bool) {
	var years, kwh []float64
	for _, p := range content.Presets {
		o, err := estimate.Estimate(estimate.Inputs{}.With(calc.FieldPreset, p.ID))
		if err != nil {
			continue
		}
		years = append(years, float64(p.Year))
		kwh = append(kwh, o.Result.Energy.Central.KilowattHours())
	}
	return calc.FitGrowth(years, kwh)
}

// presetSpread is the ratio of the largest preset's training energy to the
// smallest's.
func presetSpread() (float64, error) {
	lo, hi := 0.0, 0.0
	for _, p := range content.Presets {
		o, err := estimate.Estimate(estimate.Inputs{}.With(calc.FieldPreset, p.ID))
		if err != nil {
			return 0, err
		}
		e := o.Result.Energy.Central.KilowattHours()
		if lo == 0 || e < lo {
			lo = e
		}
		if e > hi {
			hi = e
		}
	}
	return hi / lo, nil
}

func (r *resolver) growth(what string) (Inline, error) {
	switch what {
	case "doubling":
		g, ok := PresetGrowth()
		if !ok {
			return Inline{}, fmt.Errorf("growth cannot be fitted")
		}
		return Inline{Kind: Number, Text: content.Doubling(r.lang, g.DoublingYears)}, nil
	case "factor":
		f, err := presetSpread()
		if err != nil {
			return Inline{}, err
		}
		return Inline{Kind: Number, Text: r.lang.T("unit.times", "n", content.Number(r.lang, f, 2))}, nil
	}
	return Inline{}, fmt.Errorf("unknown growth figure %q", what)
}
