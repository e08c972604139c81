package planner

import (
	"errors"
	"math"
	"testing"

	"wattledger/calc"
)

// FuzzPlan feeds arbitrary strings into every parameter: Plan must return
// an InputError naming a field, or an outcome whose every number is finite,
// non-negative and ordered.
func FuzzPlan(f *testing.F) {
	f.Add("1000", "", "", "", "", "USA", "")
	f.Add("", "h100-sxm", "100000", "1.2", "0.9", "chn", "")
	f.Add("", "", "", "", "", "", "zhongwei-cdi")
	f.Add("1e-3", "", "", "", "1e-3", "OWID_WRL", "")
	f.Add("1e5", "", "", "", "1", "ISL", "")
	f.Add("-0", "tpu-v2", "1e8", "5", "NaN", "xx", "meta-hyperion")
	f.Fuzz(func(t *testing.T, mw, hw, n, pue, lf, region, campus string) {
		o, err := Plan(Inputs{MW: mw, Hardware: hw, Accelerators: n, PUE: pue, LoadFactor: lf, Region: region, Campus: campus})
		if err != nil {
			var ie *calc.InputError
			if !errors.As(err, &ie) || ie.Field == "" || ie.Reason == "" {
				t.Fatalf("error %v is not an InputError with field and reason", err)
			}
			return
		}
		checkOutcome(t, o)
	})
}

func checkOutcome(t *testing.T, o Outcome) {
	t.Helper()
	ranges := map[string][3]float64{
		"facility": r3(o.Facility), "energy": r3(o.AnnualEnergy), "reactors": r3(o.Reactors.Units),
		"gas": r3(o.Gas.Units), "wind": r3(o.Wind.Units), "wind storage": r3(o.WindStorage),
		"pv": r3(o.Solar.PV), "battery": r3(o.Solar.Battery), "land": r3(o.Solar.Land),
		"demand": r3(o.Shares.Demand), "capacity": r3(o.Shares.Capacity), "additions": r3(o.Shares.Additions),
		"usd": r3(o.CostUSD), "cny": r3(o.CostCNY), "grid co2": r3(o.GridEmissions), "pv co2": r3(o.Solar.Emissions),
	}
	for name, r := range ranges {
		for _, v := range r {
			if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
				t.Fatalf("%s = %v", name, r)
			}
		}
		if r[0] > r[1] || r[1] > r[2] {
			t.Fatalf("%s out of order: %v", name, r)
		}
	}
	for i := range o.Solar.Day.PV {
		if v := float64(o.Solar.Day.Charge[i]); math.IsNaN(v) || math.IsInf(v, 0) {
			t.Fatalf("day charge %v at %d", v, i)
		}
	}
}

func r3[T ~float64](r calc.Range[T]) [3]float64 {
	return [3]float64{float64(r.Low), float64(r.Central), float64(r.High)}
}
