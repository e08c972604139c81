package chart

import (
	"testing"

	"wattledger/calc"
	"wattledger/content"
)

// The planner's charts join the golden set.
func init() {
	charts = append(charts,
		struct {
			name string
			draw func(content.Lang) (Chart, error)
		}{"additions", func(l content.Lang) (Chart, error) { return Additions(additionsInput(l), l) }},
		struct {
			name string
			draw func(content.Lang) (Chart, error)
		}{"solar-day", func(l content.Lang) (Chart, error) { return SolarDay(solarDayInput(), l) }},
	)
}

// additionsInput is a 1 GW campus beside the table's additions.
func additionsInput(l content.Lang) AdditionsInput {
	in := AdditionsInput{CampusGW: 1}
	for _, g := range content.GridCapacities {
		c, _ := content.CountryByISO(g.Region)
		if g.AdditionsGW.Known() && g.Region != "OWID_WRL" {
			in.Countries = append(in.Countries, CountryAdditions{Name: c.Name(l), GW: g.AdditionsGW.Value, Year: g.AdditionsGW.Year})
		}
	}
	return in
}

// solarDayInput is the sunny site of calc's tests: 33°N, capacity factor
// 0.25, a 1 GW flat load.
func solarDayInput() SolarDayInput {
	s, err := calc.SizeSolarStorage(calc.Campus{Facility: calc.Exact(calc.Gigawatt), LoadFactor: calc.Exact(1.0)},
		calc.SolarSite{CapacityFactor: calc.Exact(0.25), Latitude: 33},
		calc.StorageAssumptions{RoundTrip: calc.Exact(0.82), Margin: calc.Exact(0.2), LandPerMW: calc.Exact(calc.Area(22480)), Lifecycle: calc.Exact(calc.GramsPerKWh(48))})
	if err != nil {
		panic(err)
	}
	return SolarDayInputFrom(s)
}

func TestPlannerChartsRefuseBadInput(t *testing.T) {
	for _, l := range content.Langs {
		if _, err := Additions(AdditionsInput{CampusGW: 0}, l); err == nil {
			t.Error("a campus of 0 GW drew")
		}
		if _, err := Additions(AdditionsInput{CampusGW: 1, Countries: []CountryAdditions{{Name: "X", GW: -1}}}, l); err == nil {
			t.Error("negative additions drew")
		}
		if _, err := SolarDay(SolarDayInput{StepHours: 1, PVGW: []float64{1}, LoadGW: []float64{1}}, l); err == nil {
			t.Error("a day without charge drew")
		}
		in := solarDayInput()
		in.PVGW[3] = -1
		if _, err := SolarDay(in, l); err == nil {
			t.Error("negative PV drew")
		}
	}
}

func TestSolarDayTableIsHourly(t *testing.T) {
	c, err := SolarDay(solarDayInput(), content.English)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Table.Rows) != 24 {
		t.Errorf("%d rows, want 24", len(c.Table.Rows))
	}
}
