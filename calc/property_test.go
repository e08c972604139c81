package calc

import (
	"errors"
	"math"
	"testing"
)

// hostile numbers every input must survive.
var hostile = []float64{math.NaN(), math.Inf(1), math.Inf(-1), -1, 0, 1e-300, 5e-324, 1e308, math.MaxFloat64, -0.0}

func baseScenario(m Method) Scenario {
	cluster := Cluster{Power: Spread[Power](300, 400, 500), HostPower: Exact[Power](100), PUE: Spread(1.1, 1.2, 1.5)}
	return Scenario{
		Method:   m,
		Hardware: HardwareRun{Accelerators: 1000, WallClock: 30 * Day, Cluster: cluster},
		Compute: ComputeRun{Parameters: 7e10, Tokens: 2e12, PeakRate: 312e12,
			Utilisation: Spread(0.3, 0.4, 0.5), Accelerators: 2048, Cluster: cluster},
		Serving: Serving{PerQuery: Spread(0.1*WattHour, 0.3*WattHour, 1*WattHour), QueriesPerDay: 1e9, Days: 365},
		Grid:    Spread(GramsPerKWh(300), GramsPerKWh(400), GramsPerKWh(500)),
	}
}

// setters change one input of a scenario, named by its field.
var setters = map[Field]func(*Scenario, float64){
	FieldAccelerators:     func(s *Scenario, v float64) { s.Hardware.Accelerators, s.Compute.Accelerators = v, v },
	FieldHours:            func(s *Scenario, v float64) { s.Hardware.WallClock = Duration(v) * Hour },
	FieldAcceleratorHours: func(s *Scenario, v float64) { s.Hardware.AcceleratorHours = v },
	FieldPower: func(s *Scenario, v float64) {
		s.Hardware.Cluster.Power, s.Compute.Cluster.Power = Exact(Power(v)), Exact(Power(v))
	},
	FieldHostPower: func(s *Scenario, v float64) {
		s.Hardware.Cluster.HostPower, s.Compute.Cluster.HostPower = Exact(Power(v)), Exact(Power(v))
	},
	FieldNetwork: func(s *Scenario, v float64) {
		s.Hardware.Cluster.Network, s.Compute.Cluster.Network = Exact(v), Exact(v)
	},
	FieldPUE:   func(s *Scenario, v float64) { s.Hardware.Cluster.PUE, s.Compute.Cluster.PUE = Exact(v), Exact(v) },
	FieldFLOPs: func(s *Scenario, v float64) { s.Compute.FLOPs = FLOP(v) },
	FieldParameters: func(s *Scenario, v float64) {
		s.Compute.Parameters = v
	},
	FieldTokens:        func(s *Scenario, v float64) { s.Compute.Tokens = v },
	FieldPeakFLOPs:     func(s *Scenario, v float64) { s.Compute.PeakRate = FLOPRate(v) },
	FieldMFU:           func(s *Scenario, v float64) { s.Compute.Utilisation = Exact(v) },
	FieldIntensity:     func(s *Scenario, v float64) { s.Grid = Exact(GramsPerKWh(v)) },
	FieldQueryWh:       func(s *Scenario, v float64) { s.Serving.PerQuery = Exact(Energy(v) * WattHour) },
	FieldQueriesPerDay: func(s *Scenario, v float64) { s.Serving.QueriesPerDay = v },
	FieldDays:          func(s *Scenario, v float64) { s.Serving.Days = v },
}

// checkResult fails unless err is an InputError naming a field and a reason,
// or the result is finite, non-negative and ordered.
func checkResult(t *testing.T, r Result, err error) {
	t.Helper()
	if err != nil {
		var ie *InputError
		if !errors.As(err, &ie) || ie.Field == "" || ie.Reason == "" {
			t.Fatalf("error %v is not an InputError with field and reason", err)
		}
		return
	}
	for name, s := range map[string]span{
		"energy": spanOf(r.Energy), "power": spanOf(r.Power), "duration": spanOf(r.Duration),
		"accelerator-hours": spanOf(r.AcceleratorHours), "emissions": spanOf(r.Emissions),
	} {
		if !s.finite() || s.lo < 0 || s.lo > s.mid || s.mid > s.hi {
			t.Fatalf("%s = %+v: not finite, negative or out of order", name, s)
		}
	}
	for _, p := range r.Stack {
		if s := spanOf(p.Power); !s.finite() || s.lo < 0 || s.lo > s.mid || s.mid > s.hi || !isFinite(p.Share) {
			t.Fatalf("stack part %s = %+v: not finite, negative or out of order", p.Part, p)
		}
	}
}

func TestHostileInputsGiveTypedErrors(t *testing.T) {
	for _, m := range []Method{MethodHardware, MethodCompute, MethodInference} {
		for field, set := range setters {
			for _, v := range hostile {
				s := baseScenario(m)
				set(&s, v)
				r, err := Run(s)
				checkResult(t, r, err)
				if math.IsNaN(v) && err == nil && touches(m, field) {
					t.Errorf("%s: %s=NaN was accepted", m, field)
				}
			}
		}
	}
}

// touches reports whether method m reads field f.
func touches(m Method, f Field) bool {
	switch f {
	case FieldIntensity:
		return true
	case FieldQueryWh, FieldQueriesPerDay, FieldDays:
		return m == MethodInference
	case FieldFLOPs, FieldParameters, FieldTokens, FieldPeakFLOPs, FieldMFU:
		return m == MethodCompute
	case FieldHours, FieldAcceleratorHours:
		return m == MethodHardware
	}
	return m != MethodInference
}

func TestUnknownMethodIsRefused(t *testing.T) {
	_, err := Run(Scenario{Method: "quantum"})
	var ie *InputError
	if !errors.As(err, &ie) || ie.Field != FieldMethod || ie.Reason != ReasonUnknown {
		t.Fatalf("got %v, want method: unknown", err)
	}
	if _, err := ParseMethod("<script>"); err == nil {
		t.Fatal("ParseMethod accepted <script>")
	}
}

// TestEnergyIsMonotonic raises each input by 10% and checks that energy
// moves the way physics says: up for counts, hours, power and PUE; down
// for peak FLOP/s and utilisation.
func TestEnergyIsMonotonic(t *testing.T) {
	tests := []struct {
		method Method
		field  Field
		base   float64
		up     bool
	}{
		{MethodHardware, FieldAccelerators, 1000, true},
		{MethodHardware, FieldHours, 720, true},
		{MethodHardware, FieldAcceleratorHours, 1e6, true},
		{MethodHardware, FieldPower, 400, true},
		{MethodHardware, FieldHostPower, 100, true},
		{MethodHardware, FieldNetwork, 0.08, true},
		{MethodHardware, FieldPUE, 1.2, true},
		{MethodCompute, FieldFLOPs, 1e24, true},
		{MethodCompute, FieldParameters, 7e10, true},
		{MethodCompute, FieldTokens, 2e12, true},
		{MethodCompute, FieldPower, 400, true},
		{MethodCompute, FieldPUE, 1.2, true},
		{MethodCompute, FieldPeakFLOPs, 312e12, false},
		{MethodCompute, FieldMFU, 0.4, false},
		{MethodInference, FieldQueryWh, 0.3, true},
		{MethodInference, FieldQueriesPerDay, 1e9, true},
		{MethodInference, FieldDays, 365, true},
	}
	for _, tt := range tests {
		t.Run(string(tt.method)+" energy follows "+string(tt.field), func(t *testing.T) {
			energy := func(v float64) Range[Energy] {
				s := baseScenario(tt.method)
				setters[tt.field](&s, v)
				r, err := Run(s)
				if err != nil {
					t.Fatal(err)
				}
				return r.Energy
			}
			lo, hi := energy(tt.base), energy(tt.base*1.1)
			if tt.up != (hi.Central > lo.Central) || tt.up != (hi.Low > lo.Low) || tt.up != (hi.High > lo.High) {
				t.Errorf("energy went from %v to %v when %s rose 10%%", lo, hi, tt.field)
			}
		})
	}
}

func TestRangesAreOrderedAndContainCentral(t *testing.T) {
	for _, m := range []Method{MethodHardware, MethodCompute, MethodInference} {
		r, err := Run(baseScenario(m))
		if err != nil {
			t.Fatal(err)
		}
		checkResult(t, r, nil)
		if r.Energy.IsExact() {
			t.Errorf("%s: uncertain inputs gave an exact energy %v", m, r.Energy)
		}
	}
}

func TestCompareRefusesBadReferenceData(t *testing.T) {
	r, err := Run(baseScenario(MethodHardware))
	if err != nil {
		t.Fatal(err)
	}
	good := References{
		Household: Exact(10715 * KilowattHour),
		Region:    Country{AnnualDemand: 4000 * TerawattHour, PerCapita: 12000 * KilowattHour, Intensity: GramsPerKWh(380)},
		Sources:   []Source{{UnitCapacity: Gigawatt, CapacityFactor: Spread(0.9, 0.92, 0.94), Lifecycle: Exact(GramsPerKWh(12))}},
	}
	if _, err := Compare(r, good); err != nil {
		t.Fatalf("good references refused: %v", err)
	}
	bad := map[string]func(*References){
		"zero household":       func(x *References) { x.Household = Exact[Energy](0) },
		"NaN country demand":   func(x *References) { x.Region.AnnualDemand = Energy(math.NaN()) },
		"capacity factor > 1":  func(x *References) { x.Sources[0].CapacityFactor = Exact(1.5) },
		"negative land":        func(x *References) { x.Sources[0].LandPerMW = -1 },
		"zero unit capacity":   func(x *References) { x.Sources[0].UnitCapacity = 0 },
		"unordered lifecycle":  func(x *References) { x.Sources[0].Lifecycle = Range[Intensity]{2, 1, 3} },
		"infinite per capita":  func(x *References) { x.Region.PerCapita = Energy(math.Inf(1)) },
		"zero country in list": func(x *References) { x.Countries = []Country{{}} },
	}
	for name, spoil := range bad {
		t.Run(name+" is refused", func(t *testing.T) {
			refs := good
			refs.Sources = append([]Source(nil), good.Sources...)
			spoil(&refs)
			var ie *InputError
			if _, err := Compare(r, refs); !errors.As(err, &ie) || ie.Field != FieldReference {
				t.Fatalf("got %v, want a reference error", err)
			}
		})
	}
}

func TestBreakEven(t *testing.T) {
	// 1,287 MWh of training at 0.3 Wh a query: 4.29 billion queries, which
	// at 100 million a day takes 42.9 days.
	b, err := BreakEvenPoint(Exact(1287*MegawattHour), Exact(0.3*WattHour), 1e8)
	if err != nil {
		t.Fatal(err)
	}
	assertWithin(t, "queries", b.Queries.Central, 4.29e9, 1e-9)
	assertWithin(t, "days", b.Time.Central.Days(), 42.9, 1e-9)
	b, err = BreakEvenPoint(Spread(1000*MegawattHour, 1287*MegawattHour, 1500*MegawattHour), Spread(0.2*WattHour, 0.3*WattHour, 0.5*WattHour), 1e8)
	if err != nil {
		t.Fatal(err)
	}
	assertWithin(t, "fewest queries", b.Queries.Low, 1000e6/0.5, 1e-9)
	assertWithin(t, "most queries", b.Queries.High, 1500e6/0.2, 1e-9)
	for _, v := range hostile {
		if _, err := BreakEvenPoint(Exact(Energy(v)), Exact(0.3*WattHour), 1e8); err == nil && !(v >= 0 && v <= 1e30*float64(KilowattHour)) {
			t.Errorf("training energy %g accepted", v)
		}
		if _, err := BreakEvenPoint(Exact(1287*MegawattHour), Exact(0.3*WattHour), v); err == nil && !(v >= 1e-3 && v <= 1e14) {
			t.Errorf("queries per day %g accepted", v)
		}
	}
}

func TestSourceComparison(t *testing.T) {
	// 1,287 MWh from a 1 GW reactor at 92.4%: 1.39 hours. Spread over a
	// 14.8-day run it needs 3.88 MW of capacity.
	reactor := Source{UnitCapacity: Gigawatt, CapacityFactor: Exact(0.924), Lifecycle: Spread(GramsPerKWh(3.7), GramsPerKWh(12), GramsPerKWh(110))}
	c, err := CompareSource(Exact(1287*MegawattHour), Exact(3.63*Megawatt), 14.8*Day, reactor)
	if err != nil {
		t.Fatal(err)
	}
	assertWithin(t, "reactor hours", c.UnitRunTime.Central.Hours(), 1287.0/924, 1e-9)
	assertWithin(t, "capacity (MW)", c.CapacityNeeded.Central.Megawatts(), 1287/(14.8*24)/0.924, 1e-9)
	assertWithin(t, "share of a reactor", c.UnitsForPower.Central, 3.63/924, 1e-9)
	assertWithin(t, "lifecycle tonnes", c.Emissions.Central.Tonnes(), 1287.0*12/1000, 1e-9)
	assertWithin(t, "high lifecycle tonnes", c.Emissions.High.Tonnes(), 1287.0*110/1000, 1e-9)
}
