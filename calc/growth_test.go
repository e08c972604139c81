package calc

import (
	"math"
	"testing"
)

func TestFitGrowthRecoversAKnownDoublingTime(t *testing.T) {
	// Values that double every 0.5 years exactly, with a little scatter
	// that cancels out.
	years := []float64{2018, 2019, 2020, 2021, 2022}
	values := make([]float64, len(years))
	for i, y := range years {
		values[i] = 1e5 * math.Exp2((y-2018)/0.5)
	}
	g, ok := FitGrowth(years, values)
	if !ok {
		t.Fatal("fit refused clean data")
	}
	assertWithin(t, "doubling years", g.DoublingYears, 0.5, 1e-9)
	assertWithin(t, "R²", g.R2, 1, 1e-9)
	assertWithin(t, "trend in 2020", g.At(2020), values[2], 1e-9)
}

func TestFitGrowthRefusesWhatCannotBeFitted(t *testing.T) {
	for name, c := range map[string][2][]float64{
		"one point":     {{2020}, {1}},
		"same year":     {{2020, 2020}, {1, 2}},
		"zero value":    {{2019, 2020}, {0, 2}},
		"NaN":           {{2019, 2020}, {math.NaN(), 2}},
		"falling trend": {{2019, 2020}, {4, 2}},
		"mismatched":    {{2019, 2020}, {4}},
	} {
		if _, ok := FitGrowth(c[0], c[1]); ok {
			t.Errorf("%s: fitted", name)
		}
	}
}
