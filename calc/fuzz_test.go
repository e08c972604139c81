package calc

import "testing"

// FuzzRun feeds arbitrary numbers into every input of every method: the
// model must return a typed error or a finite, ordered result, never panic.
func FuzzRun(f *testing.F) {
	f.Add(uint8(0), 1000.0, 720.0, 0.0, 400.0, 1.2, 0.0, 7e10, 2e12, 312e12, 0.4, 0.3, 1e9, 365.0, 400.0)
	f.Add(uint8(1), 0.0, 0.0, 1e6, 1e5, 5.0, 1e35, 0.0, 0.0, 1e9, 1e-3, 1e6, 1e14, 1e5, 5000.0)
	f.Add(uint8(2), -1.0, 1e308, 5e-324, -0.0, 0.999, 1e300, 1e16, 1e18, 1e18, 1.0, 1e-6, 1e-3, 1e-3, 0.0)
	f.Fuzz(func(t *testing.T, method uint8, n, hours, gpuh, w, pue, flops, params, tokens, peak, mfu, qwh, qpd, days, ci float64) {
		s := Scenario{
			Method:   []Method{MethodHardware, MethodCompute, MethodInference}[int(method)%3],
			Hardware: HardwareRun{Accelerators: n, WallClock: Duration(hours) * Hour, AcceleratorHours: gpuh},
			Serving:  Serving{PerQuery: Exact(Energy(qwh) * WattHour), QueriesPerDay: qpd, Days: days},
			Grid:     Exact(GramsPerKWh(ci)),
		}
		cluster := Cluster{Power: Exact(Power(w)), PUE: Exact(pue)}
		s.Hardware.Cluster = cluster
		s.Compute = ComputeRun{FLOPs: FLOP(flops), Parameters: params, Tokens: tokens, PeakRate: FLOPRate(peak),
			Utilisation: Exact(mfu), Accelerators: n, Cluster: cluster}
		r, err := Run(s)
		checkResult(t, r, err)
		if err != nil {
			return
		}
		c, err := Compare(r, References{
			Household: Exact(10715 * KilowattHour),
			Region:    Country{AnnualDemand: 4000 * TerawattHour, PerCapita: 12000 * KilowattHour},
			Sources:   []Source{{UnitCapacity: Gigawatt, CapacityFactor: Exact(0.92), Lifecycle: Exact(GramsPerKWh(12)), LandPerMW: 3e4}},
		})
		if err != nil {
			t.Fatalf("valid result %+v failed to compare: %v", r, err)
		}
		for _, s := range []span{spanOf(c.HouseholdYears), spanOf(c.Region.SharePercent), spanOf(c.Sources[0].UnitRunTime), spanOf(c.Sources[0].Land)} {
			if !s.finite() {
				t.Fatalf("comparison not finite: %+v", c)
			}
		}
	})
}
