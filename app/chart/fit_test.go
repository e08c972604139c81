package chart

import (
	"math"
	"testing"
)

func TestFitGrowthFindsKnownDoubling(t *testing.T) {
	const doubling = 9.7 / 12 // years
	var points []GrowthPoint
	for i := range 12 {
		year := 2014 + 0.75*float64(i)
		// ±10% alternating noise averages out of the fitted slope.
		noise := 1 + 0.1*float64(1-2*(i%2))
		points = append(points, GrowthPoint{Year: year, KWh: 5e3 * math.Exp2((year-2014)/doubling) * noise})
	}
	got, trend, err := FitGrowth(points)
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(got-doubling)/doubling > 0.01 {
		t.Errorf("doubling = %.4f years, want %.4f", got, doubling)
	}
	if want := 5e3 * math.Exp2(4/doubling); math.Abs(trend(2018)-want)/want > 0.05 {
		t.Errorf("trend(2018) = %.4g kWh, want about %.4g", trend(2018), want)
	}
}

func TestFitGrowthRefuses(t *testing.T) {
	for name, points := range map[string][]GrowthPoint{
		"one year":  {{Year: 2020, KWh: 1}, {Year: 2020, KWh: 2}},
		"shrinking": {{Year: 2020, KWh: 2}, {Year: 2021, KWh: 1}},
		"zero":      {{Year: 2020, KWh: 0}, {Year: 2021, KWh: 1}},
	} {
		if _, _, err := FitGrowth(points); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
