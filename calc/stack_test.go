package calc

import (
	"testing"
)

func stackCluster() Cluster {
	return Cluster{
		Power:     PowerFromTDP(700*Watt, Spread(0.6, 0.76, 0.85)),
		HostPower: PowerFromTDP(575*Watt, Spread(0.6, 0.76, 0.85)),
		Network:   Spread(0.05, 0.08, 0.12),
		PUE:       Spread(1.1, 1.3, 1.6),
	}
}

func TestStackPartsSumToTheFacilityPower(t *testing.T) {
	c := stackCluster()
	tr, err := HardwareRun{Accelerators: 100000, WallClock: 2160 * Hour, Cluster: c}.Estimate()
	if err != nil {
		t.Fatal(err)
	}
	if len(tr.Stack) != len(Parts) {
		t.Fatalf("stack has %d parts", len(tr.Stack))
	}
	var sum, lo, hi, share float64
	for i, p := range tr.Stack {
		if p.Part != Parts[i] {
			t.Errorf("part %d is %s, want %s", i, p.Part, Parts[i])
		}
		if !(p.Power.Low < p.Power.Central && p.Power.Central < p.Power.High) {
			t.Errorf("%s: range %+v is not low < central < high", p.Part, p.Power)
		}
		sum += float64(p.Power.Central)
		lo += float64(p.Power.Low)
		hi += float64(p.Power.High)
		share += p.Share
	}
	assertWithin(t, "sum of central parts (W)", sum, float64(tr.FacilityPower.Central), 1e-12)
	assertWithin(t, "sum of low parts (W)", lo, float64(tr.FacilityPower.Low), 1e-12)
	assertWithin(t, "sum of high parts (W)", hi, float64(tr.FacilityPower.High), 1e-12)
	assertWithin(t, "sum of shares", share, 1, 1e-12)
}

func TestStackWithoutHostOrNetworkIsTheOldFormula(t *testing.T) {
	c := Cluster{Power: Exact(330 * Watt), PUE: Exact(1.1)}
	parts, err := c.Stack(10000)
	if err != nil {
		t.Fatal(err)
	}
	want := map[Part]float64{PartAccelerators: 3.3e6, PartServers: 0, PartNetwork: 0, PartCooling: 3.3e5}
	for _, p := range parts {
		assertWithin(t, string(p.Part)+" (W)", float64(p.Power.Central), want[p.Part], 1e-9)
	}
	if _, err := c.Stack(0); err == nil {
		t.Error("a stack of zero accelerators was accepted")
	}
}

func TestSensitivityIsSortedWidestFirst(t *testing.T) {
	s := Scenario{Method: MethodHardware, Hardware: HardwareRun{Accelerators: 1000, WallClock: 720 * Hour, Cluster: stackCluster()},
		Grid: Exact(GramsPerKWh(400))}
	swings, err := Sensitivity(s)
	if err != nil {
		t.Fatal(err)
	}
	if len(swings) != 4 {
		t.Fatalf("%d swings, want 4 (power, host, net, pue): %+v", len(swings), swings)
	}
	if swings[0].Field != FieldPUE {
		t.Errorf("widest swing is %s, want pue", swings[0].Field)
	}
	r, _ := Run(centred(s))
	for i, sw := range swings {
		if i > 0 && sw.Width() > swings[i-1].Width() {
			t.Errorf("swing %d (%s) is wider than the one before", i, sw.Field)
		}
		if !(sw.AtLow < r.Energy.Central && r.Energy.Central < sw.AtHigh) {
			t.Errorf("%s: central %v not between %v and %v", sw.Field, r.Energy.Central, sw.AtLow, sw.AtHigh)
		}
	}
}

func TestSensitivityOfComputeIncludesMFUAndItSavesEnergy(t *testing.T) {
	s := Scenario{Method: MethodCompute, Compute: ComputeRun{FLOPs: 1e24, PeakRate: 989e12, Utilisation: Spread(0.3, 0.4, 0.5),
		Cluster: Cluster{Power: Exact(700 * Watt), PUE: Exact(1.2)}}}
	swings, err := Sensitivity(s)
	if err != nil {
		t.Fatal(err)
	}
	if len(swings) != 1 || swings[0].Field != FieldMFU || !(swings[0].AtHigh < swings[0].AtLow) {
		t.Fatalf("swings %+v, want only mfu, with less energy at its high", swings)
	}
	if swings, _ := Sensitivity(Scenario{Method: MethodInference, Serving: Serving{PerQuery: Exact(0.3 * WattHour), QueriesPerDay: 1, Days: 1}}); len(swings) != 0 {
		t.Errorf("an exact scenario has swings %+v", swings)
	}
}

func TestComputeRefusesBadParametersBesideGivenFLOPs(t *testing.T) {
	for _, tt := range []struct {
		params, tokens float64
		field          Field
		reason         Reason
	}{
		{-5, 0, FieldParameters, ReasonNegative},
		{0, 1e30, FieldTokens, ReasonTooLarge},
	} {
		_, err := ComputeRun{FLOPs: 1e24, Parameters: tt.params, Tokens: tt.tokens, PeakRate: 989e12, Utilisation: Exact(0.4),
			Cluster: Cluster{Power: Exact(700 * Watt), PUE: Exact(1.2)}}.Estimate()
		ie, ok := err.(*InputError)
		if !ok || ie.Field != tt.field || ie.Reason != tt.reason {
			t.Errorf("params %g tokens %g: got %v, want %s %s", tt.params, tt.tokens, err, tt.field, tt.reason)
		}
	}
}
