package calc

import (
	"errors"
	"testing"
)

// plannerOutcome runs every planner function on one set of inputs and
// fails unless each returns an InputError naming a field, or finite,
// ordered, non-negative ranges.
func plannerOutcome(t *testing.T, mw, lf, cf, lat, eta, margin float64) {
	t.Helper()
	c := Campus{Facility: Exact(Power(mw) * Megawatt), LoadFactor: Exact(lf)}
	ok := func(err error, spans ...span) {
		t.Helper()
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) || ie.Field == "" || ie.Reason == "" {
				t.Fatalf("error %v is not an InputError with field and reason", err)
			}
			return
		}
		for _, s := range spans {
			if !s.finite() || s.lo < 0 || s.lo > s.mid || s.mid > s.hi {
				t.Fatalf("mw=%v lf=%v cf=%v lat=%v eta=%v margin=%v: span %+v", mw, lf, cf, lat, eta, margin, s)
			}
		}
	}
	ok(c.Validate(), spanOf(c.AnnualEnergy()))
	f, err := SupplyFrom(c, Generator{UnitCapacity: Gigawatt, CapacityFactor: Exact(cf), Lifecycle: Exact(GramsPerKWh(12))})
	ok(err, spanOf(f.Units), spanOf(f.Capacity), spanOf(f.Emissions))
	s, err := SharesOf(c, Nation{AnnualDemand: 4000 * TerawattHour, Capacity: Exact(1200 * Gigawatt), Additions: Exact(50 * Gigawatt)})
	ok(err, spanOf(s.Demand), spanOf(s.Capacity), spanOf(s.Additions))
	cost, err := AnnualCost(c, Exact(Price(0.08)))
	ok(err, spanOf(cost))
	ss, err := SizeSolarStorage(c, SolarSite{CapacityFactor: Exact(cf), Latitude: lat},
		StorageAssumptions{RoundTrip: Exact(eta), Margin: Exact(margin), LandPerMW: Exact(Area(22480)), Lifecycle: Exact(GramsPerKWh(48))})
	ok(err, spanOf(ss.PV), spanOf(ss.Battery), spanOf(ss.Land), spanOf(ss.Emissions))
	if err == nil {
		for i := range ss.Day.PV {
			if !isFinite(float64(ss.Day.PV[i])) || !isFinite(float64(ss.Day.Charge[i])) {
				t.Fatalf("day not finite at step %d", i)
			}
		}
	}
}

func TestPlannerSurvivesHostileNumbers(t *testing.T) {
	good := []float64{1000, 0.7, 0.2, 35, 0.85, 0.2}
	for i := range good {
		for _, h := range hostile {
			in := append([]float64(nil), good...)
			in[i] = h
			plannerOutcome(t, in[0], in[1], in[2], in[3], in[4], in[5])
		}
	}
}

func FuzzPlanner(f *testing.F) {
	f.Add(1000.0, 0.7, 0.244, 35.0, 0.85, 0.2)
	f.Add(1e5, 1.0, 1.0, 66.0, 1.0, 10.0)
	f.Add(1e-3, 1e-3, 1e-12, -66.0, 1e-12, 0.0)
	f.Add(150.0, 0.9, 0.09, 52.0, 0.8, 0.5)
	f.Fuzz(plannerOutcome)
}
