package planner

import (
	"errors"
	"math"
	"net/url"
	"testing"

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

func TestClusterOfAcceleratorsUsesTheirPowerAndPUE(t *testing.T) {
	// Today's basis: H100 SXM measured? If not, TDP 700 W × 0.76 = 532 W;
	// × 100,000 × PUE 1.3.
	o := plan(t, "hw=h100-sxm&n=100000")
	if o.Basis != BasisCluster {
		t.Fatalf("basis %s", o.Basis)
	}
	want := 100000 * float64(o.Cluster.PerAccelerator.Central) * 1.3
	near(t, "facility W", float64(o.Facility.Central), want, 1e-9)
	if !(o.Facility.Low < o.Facility.Central && o.Facility.Central < o.Facility.High) {
		t.Errorf("cluster range %+v not ordered", o.Facility)
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
