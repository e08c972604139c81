package planner

import (
	"errors"
	"math"
	"net/url"
	"testing"

	"wattledger/app/estimate"
	"wattledger/calc"
)

func plan(t *testing.T, query string) Outcome {
	t.Helper()
	q, err := url.ParseQuery(query)
	if err != nil {
		t.Fatal(err)
	}
	o, err := Plan(FromQuery(q))
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return o
}

func near(t *testing.T, what string, got, want, rel float64) {
	t.Helper()
	if math.Abs(got-want) > rel*math.Abs(want) {
		t.Errorf("%s = %.6g, want %.6g (±%.2g%%)", what, got, want, rel*100)
	}
}

func TestOneGigawattCampusInTheUnitedStates(t *testing.T) {
	o := plan(t, "mw=1000&region=USA&lf=1")
	// 1 GW × 8,760 h = 8.76 TWh = 8.76e9 kWh.
	near(t, "kWh", o.AnnualEnergy.Central.KilowattHours(), 8.76e9, 1e-12)
	// 1 ÷ 0.924 reactors.
	near(t, "reactors", o.Reactors.Units.Central, 1/0.924, 1e-9)
	// 8.76 TWh ÷ 4,401.07 TWh = 0.19904%.
	near(t, "demand share", o.Shares.Demand.Central, 100*8.76/4401.07, 1e-9)
	// 1 GW ÷ 1,230 GW; ÷ 48.6 GW.
	near(t, "capacity share", o.Shares.Capacity.Central, 100/1230.0, 1e-9)
	near(t, "additions share", o.Shares.Additions.Central, 100/48.6, 1e-9)
	// 8.76e9 kWh × $0.0806.
	near(t, "USD", float64(o.CostUSD.Central), 8.76e9*0.0806, 1e-9)
	if o.SolarFallback || o.Basis != BasisMW {
		t.Errorf("fallback %v, basis %v", o.SolarFallback, o.Basis)
	}
}

func TestDefaultsAreAGigawattInTheUnitedStates(t *testing.T) {
	o := plan(t, "")
	if o.Region.ISO != "USA" || o.Facility.Central != calc.Gigawatt {
		t.Fatalf("region %s, facility %v", o.Region.ISO, o.Facility)
	}
	// lf 0.7 (0.5–0.9): 6.132 TWh (4.38–7.884).
	near(t, "TWh", float64(o.AnnualEnergy.Central/calc.TerawattHour), 6.132, 1e-9)
	near(t, "TWh low", float64(o.AnnualEnergy.Low/calc.TerawattHour), 4.38, 1e-9)
	near(t, "TWh high", float64(o.AnnualEnergy.High/calc.TerawattHour), 7.884, 1e-9)
}

func TestCampusPresetsSetPowerAndRegion(t *testing.T) {
	o := plan(t, "campus=zhongwei-cdi")
	if o.Region.ISO != "CHN" || o.Basis != BasisCampus || o.Facility.Central != 2460*calc.Megawatt {
		t.Fatalf("region %s, basis %s, facility %v", o.Region.ISO, o.Basis, o.Facility)
	}
	// An explicit parameter wins over the preset's.
	o = plan(t, "campus=xai-colossus&mw=300&region=chn")
	if o.Facility.Central != 300*calc.Megawatt || o.Region.ISO != "CHN" {
		t.Fatalf("override: %v in %s", o.Facility, o.Region.ISO)
	}
}

func TestClusterOfAcceleratorsUsesTheSystemPowerStack(t *testing.T) {
	o := plan(t, "hw=h100-sxm&n=100000")
	if o.Basis != BasisCluster || len(o.Cluster.Stack) != len(calc.Parts) {
		t.Fatalf("basis %s, %d stack parts", o.Basis, len(o.Cluster.Stack))
	}
	// H100 SXM: (700 W TDP + 575 W host share of a DGX H100) × 0.76 of
	// rating while training = 969 W; × 1.09 network and storage; × PUE 1.3
	// of the default (large) facility class = 1,373.073 W; × 100,000.
	near(t, "facility MW", o.Facility.Central.Megawatts(), 137.3073, 1e-9)
	// Low: 1,275 W × 0.6 × 1.04 × 1.1; high: × 0.85 × 1.15 × 1.56.
	near(t, "facility MW low", o.Facility.Low.Megawatts(), 87.516, 1e-9)
	near(t, "facility MW high", o.Facility.High.Megawatts(), 194.42475, 1e-9)
	// A PUE in the link replaces the facility class's.
	o = plan(t, "n=100000&pue=1.1")
	near(t, "facility MW at PUE 1.1", o.Facility.Central.Megawatts(), 137.3073/1.3*1.1, 1e-9)
}

func TestClusterPowerIsTheCalculators(t *testing.T) {
	for _, hw := range []string{"h100-sxm", "b200", "a100-80gb", "mi300x", "tpu-v5p"} {
		q := "hw=" + hw + "&n=25000"
		o := plan(t, q)
		v, err := url.ParseQuery("preset=custom&method=hardware&hours=24&" + q)
		if err != nil {
			t.Fatal(err)
		}
		e, err := estimate.Estimate(estimate.FromQuery(v))
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		p := e.Result.Power
		near(t, hw+" central W", float64(o.Facility.Central), float64(p.Central), 1e-9)
		near(t, hw+" low W", float64(o.Facility.Low), float64(p.Low), 1e-9)
		near(t, hw+" high W", float64(o.Facility.High), float64(p.High), 1e-9)
	}
}

func TestBadInputNamesItsField(t *testing.T) {
	for query, field := range map[string]calc.Field{
		"mw=-5":            calc.FieldFacilityPower,
		"mw=1e9":           calc.FieldFacilityPower,
		"mw=abc":           calc.FieldFacilityPower,
		"lf=1.5":           calc.FieldLoadFactor,
		"lf=0":             calc.FieldLoadFactor,
		"region=XXX":       calc.FieldRegion,
		"campus=nowhere":   calc.FieldCampus,
		"hw=h100-sxm":      calc.FieldAccelerators,
		"hw=abacus&n=10":   calc.FieldHardware,
		"n=10&pue=9":       calc.FieldPUE,
		"n=1e12":           calc.FieldAccelerators,
		"n=10&pue=0.5":     calc.FieldPUE,
		"mw=1000&lf=NaN":   calc.FieldLoadFactor,
		"mw=%EF%BC%8D1000": calc.FieldFacilityPower, // full-width minus
	} {
		q, _ := url.ParseQuery(query)
		_, err := Plan(FromQuery(q))
		var ie *calc.InputError
		if !errors.As(err, &ie) || ie.Field != field {
			t.Errorf("%s: got %v, want an error naming %s", query, err, field)
		}
	}
}

func TestEncodeRoundTrips(t *testing.T) {
	in := Inputs{MW: "1,000", LoadFactor: "0.8", Region: "CHN", Campus: "meta-hyperion"}
	q, _ := url.ParseQuery(in.Encode())
	if got := FromQuery(q); got != in {
		t.Errorf("round trip %+v → %+v", in, got)
	}
}
