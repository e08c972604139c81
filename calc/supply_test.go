package calc

import (
	"errors"
	"math"
	"testing"
)

func gigawattCampus(lf float64) Campus {
	return Campus{Facility: Exact(Gigawatt), LoadFactor: Exact(lf)}
}

func TestOneGigawattAtFullLoadIs8Point76TWhAYear(t *testing.T) {
	// 1 GW × 8,760 h = 8,760 GWh = 8.76 TWh.
	e := gigawattCampus(1).AnnualEnergy()
	assertWithin(t, "energy (TWh)", float64(e.Central/TerawattHour), 8.76, 1e-12)
	// At a load factor of 0.7: 0.7 GW average × 8,760 h = 6.132 TWh.
	assertWithin(t, "energy at lf 0.7 (TWh)", float64(gigawattCampus(0.7).AnnualEnergy().Central/TerawattHour), 6.132, 1e-12)
}

func TestReactorsAtTheirCapacityFactor(t *testing.T) {
	// A 1 GW reactor at a capacity factor of 0.924 averages 0.924 GW, so a
	// campus averaging 1 GW needs 1 ÷ 0.924 = 1.0823 reactors; the low
	// count divides by the high factor (1 ÷ 0.934 = 1.0707) and the high
	// by the low (1 ÷ 0.923 = 1.0834).
	reactor := Generator{UnitCapacity: Gigawatt, CapacityFactor: Spread(0.923, 0.924, 0.934), Lifecycle: Spread(GramsPerKWh(3.7), GramsPerKWh(12), GramsPerKWh(110))}
	s, err := SupplyFrom(gigawattCampus(1), reactor)
	if err != nil {
		t.Fatal(err)
	}
	assertWithin(t, "reactors", s.Units.Central, 1.0823, 1e-4)
	assertWithin(t, "reactors low", s.Units.Low, 1.0707, 1e-4)
	assertWithin(t, "reactors high", s.Units.High, 1.0834, 1e-4)
	assertWithin(t, "nameplate (GW)", float64(s.Capacity.Central/Gigawatt), 1.0823, 1e-4)
	// 8.76 TWh × 12 g/kWh = 8.76e9 kWh × 12 g = 105,120 t.
	assertWithin(t, "CO2e (t)", s.Emissions.Central.Tonnes(), 105120, 1e-9)
}

func TestSharesOfANation(t *testing.T) {
	// 1 GW at lf 1 is 8.76 TWh: 0.0876% of 10,000 TWh; 1 GW of 3,350 GW
	// installed is 0.02985%; of 430 GW added, 0.2326%.
	s, err := SharesOf(gigawattCampus(1), Nation{AnnualDemand: 10000 * TerawattHour,
		Capacity: Exact(3350 * Gigawatt), Additions: Exact(430 * Gigawatt)})
	if err != nil {
		t.Fatal(err)
	}
	assertWithin(t, "demand share", s.Demand.Central, 0.0876, 1e-9)
	assertWithin(t, "capacity share", s.Capacity.Central, 0.029851, 1e-4)
	assertWithin(t, "additions share", s.Additions.Central, 0.232558, 1e-4)
	if s, _ := SharesOf(gigawattCampus(1), Nation{AnnualDemand: 100 * TerawattHour}); s.Capacity != (Range[float64]{}) {
		t.Errorf("unknown capacity gave share %+v", s.Capacity)
	}
}

func TestAnnualCost(t *testing.T) {
	// 8.76e9 kWh × $0.0806 = $706.1 million; × 7.2 yuan = 5,084 million yuan.
	c, err := AnnualCost(gigawattCampus(1), Exact(Price(0.0806)))
	if err != nil {
		t.Fatal(err)
	}
	assertWithin(t, "USD", float64(c.Central), 706.056e6, 1e-9)
	yuan, err := Convert(c, Exact(7.2))
	if err != nil {
		t.Fatal(err)
	}
	assertWithin(t, "CNY", yuan.Central, 5083.6032e6, 1e-9)
}

// The balance of one day, worked by hand for a 12-hour day (the equinox)
// with a yield of 6 full-output hours (a capacity factor of 0.25) and a
// round trip of 0.85, per watt of flat load:
//
//	peak per watt of PV  p = 6π ÷ (2 × 12) = 0.7854
//	with x = C·p, PV exceeds the load from τ₁ = (12/π)·asin(1/x) to 12 − τ₁
//	surplus = x·(24/π)·cos(asin(1/x)) − (12 − 2τ₁)
//	direct  = (12 − 2τ₁) + x·(24/π)·(1 − cos(asin(1/x)))
//	balance: 0.85 × surplus = 24 − direct
//
// Solved (bisection on a calculator): x = 3.4446, so C = 3.4446 ÷ 0.7854
// = 4.3858 W of PV per watt of load, and the battery carries the deficit,
// 24 − direct = 13.117 Wh.
func TestSolarBalanceByHand(t *testing.T) {
	pv, battery := balance(12*Hour, 6, 0.85)
	assertWithin(t, "PV per W", pv, 4.3858, 2e-3)
	assertWithin(t, "battery Wh per W", battery, 13.117, 2e-3)
}

// A sunny site (33°N, capacity factor 0.25, like Texas or Arizona) and a
// cloudy one (52°N, 0.10, like England or northern Germany), each with a
// 1 GW flat load (lf 1), a round trip of 0.85 and a 20% margin. By hand:
//
//	sunny:  solstice day cos ω = −tan 33° · tan(−23.44°) = 0.2818, ω = 73.63°,
//	        day = 24 × 73.63/180 = 9.82 h; irradiation ratio to the year's
//	        mean 0.5614, so the yield is 0.25 × 24 × 0.5614 = 3.368 h.
//	        The balance above with a 9.82 h day: C = 7.907 GW, battery
//	        14.92 GWh; with the margin PV = 7.907 × 1.2 = 9.488 GW.
//	cloudy: day 7.51 h, ratio 0.2553, yield 0.10 × 24 × 0.2553 = 0.6127 h;
//	        C = 44.04 GW, battery 16.92 GWh, PV = 52.85 GW.
//
// The cloudy site needs 5.6 times the PV of the sunny one for the same
// campus: its December sun is a fifth of the sunny site's.
func TestSolarStorageSunnyAndCloudy(t *testing.T) {
	a := StorageAssumptions{RoundTrip: Exact(0.85), Margin: Exact(0.2),
		LandPerMW: Exact(Area(22480)), Lifecycle: Exact(GramsPerKWh(48))}
	for _, c := range []struct {
		name             string
		site             SolarSite
		day, ratio       float64
		pvGW, batteryGWh float64
	}{
		{"sunny", SolarSite{CapacityFactor: Exact(0.25), Latitude: 33}, 9.8195, 0.56138, 9.4883, 14.918},
		{"cloudy", SolarSite{CapacityFactor: Exact(0.10), Latitude: -52}, 7.5058, 0.25531, 52.849, 16.918},
	} {
		s, err := SizeSolarStorage(gigawattCampus(1), c.site, a)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		assertWithin(t, c.name+" day length (h)", s.DayLength.Hours(), c.day, 1e-4)
		assertWithin(t, c.name+" season ratio", s.SeasonRatio, c.ratio, 1e-4)
		assertWithin(t, c.name+" PV (GW)", float64(s.PV.Central/Gigawatt), c.pvGW, 3e-3)
		assertWithin(t, c.name+" battery (GWh)", float64(s.Battery.Central/GigawattHour), c.batteryGWh, 3e-3)
		// Land: PV MW × 22,480 m²/MW.
		assertWithin(t, c.name+" land (km²)", s.Land.Central.SquareKilometres(), c.pvGW*1000*22480/1e6, 3e-3)
		checkDay(t, c.name, s)
	}
}

// checkDay checks the design day's energy balance: PV in = load out plus
// losses plus curtailment, and the battery never goes negative or over.
func checkDay(t *testing.T, name string, s SolarStorage) {
	t.Helper()
	d := s.Day
	if len(d.PV) != 24*dayStepsPerHour || len(d.Charge) != len(d.PV) {
		t.Fatalf("%s: %d steps", name, len(d.PV))
	}
	var pv, load float64
	for i := range d.PV {
		pv += float64(d.PV[i]) * float64(d.Step)
		load += float64(d.Load[i]) * float64(d.Step)
		if d.Charge[i] < 0 || d.Charge[i] > s.Battery.Central*1.0001 {
			t.Fatalf("%s: charge %v at step %d beyond 0…%v", name, d.Charge[i], i, s.Battery.Central)
		}
	}
	if pv < load {
		t.Errorf("%s: PV %.4g J < load %.4g J on the design day", name, pv, load)
	}
	if d.Sunrise+d.Sunset != 24*Hour {
		t.Errorf("%s: sunrise %v + sunset %v", name, d.Sunrise.Hours(), d.Sunset.Hours())
	}
}

func TestSolarStorageRangesAreOrdered(t *testing.T) {
	c := Campus{Facility: Spread(800*Megawatt, Gigawatt, 1200*Megawatt), LoadFactor: Spread(0.5, 0.7, 0.9)}
	s, err := SizeSolarStorage(c, SolarSite{CapacityFactor: Spread(0.2, 0.244, 0.26), Latitude: 35},
		StorageAssumptions{RoundTrip: Spread(0.8, 0.85, 0.9), Margin: Spread(0.1, 0.2, 0.5),
			LandPerMW: Spread(Area(14450), 22480, 22480), Lifecycle: Spread(GramsPerKWh(18), GramsPerKWh(48), GramsPerKWh(180))})
	if err != nil {
		t.Fatal(err)
	}
	for name, r := range map[string]span{"pv": spanOf(s.PV), "battery": spanOf(s.Battery), "land": spanOf(s.Land), "co2": spanOf(s.Emissions)} {
		if !(r.lo < r.mid && r.mid < r.hi) {
			t.Errorf("%s range %+v not strictly ordered", name, r)
		}
	}
}

func TestPolarNightIsRefused(t *testing.T) {
	_, err := SizeSolarStorage(gigawattCampus(1), SolarSite{CapacityFactor: Exact(0.1), Latitude: 70},
		StorageAssumptions{RoundTrip: Exact(0.85), LandPerMW: Exact(Area(20000)), Lifecycle: Exact(GramsPerKWh(48))})
	var ie *InputError
	if !errors.As(err, &ie) || ie.Field != FieldReference {
		t.Fatalf("latitude 70: %v", err)
	}
}

func TestBadPlannerInputsNameTheirField(t *testing.T) {
	for _, c := range []struct {
		campus Campus
		field  Field
		reason Reason
	}{
		{Campus{Facility: Exact(-Gigawatt), LoadFactor: Exact(0.7)}, FieldFacilityPower, ReasonNegative},
		{Campus{Facility: Exact(1e6 * Gigawatt), LoadFactor: Exact(0.7)}, FieldFacilityPower, ReasonTooLarge},
		{Campus{Facility: Exact(Gigawatt), LoadFactor: Exact(1.5)}, FieldLoadFactor, ReasonTooLarge},
		{Campus{Facility: Exact(Gigawatt), LoadFactor: Exact(0.0)}, FieldLoadFactor, ReasonZero},
		{Campus{Facility: Exact(Power(math.NaN())), LoadFactor: Exact(0.7)}, FieldFacilityPower, ReasonNaN},
	} {
		err := c.campus.Validate()
		var ie *InputError
		if !errors.As(err, &ie) || ie.Field != c.field || ie.Reason != c.reason {
			t.Errorf("%+v: got %v, want %s %s", c.campus, err, c.field, c.reason)
		}
	}
}
