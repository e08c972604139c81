package content

import (
	"fmt"
	"reflect"
	"testing"
)

// sourcedParam is one Param found in the tables, with where it stands.
type sourcedParam struct {
	where string
	p     Param
}

// allParams walks every table and returns each Param, including the zero
// ones (optional cells), so that tests can check them all.
func allParams() []sourcedParam {
	var out []sourcedParam
	var walk func(where string, v reflect.Value)
	walk = func(where string, v reflect.Value) {
		switch v.Kind() {
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(fmt.Sprintf("%s[%d]", where, i), v.Index(i))
			}
		case reflect.Struct:
			if p, ok := v.Interface().(Param); ok {
				out = append(out, sourcedParam{where, p})
				return
			}
			for i := 0; i < v.NumField(); i++ {
				walk(where+"."+v.Type().Field(i).Name, v.Field(i))
			}
		}
	}
	walk("Accelerators", reflect.ValueOf(Accelerators))
	walk("Presets", reflect.ValueOf(Presets))
	walk("Households", reflect.ValueOf(Households))
	walk("PowerSources", reflect.ValueOf(PowerSources))
	walk("References", reflect.ValueOf(References))
	walk("Assumptions", reflect.ValueOf(Assumptions))
	walk("Systems", reflect.ValueOf(Systems))
	walk("Facilities", reflect.ValueOf(Facilities))
	walk("CustomRun", reflect.ValueOf(CustomRun))
	walk("NodeMeasurements", reflect.ValueOf(NodeMeasurements))
	walk("Planner", reflect.ValueOf(plannerTables()))
	return out
}

func TestEveryValueHasAKnownSourceYearAndOrderedRange(t *testing.T) {
	params := allParams()
	if len(params) < 100 {
		t.Fatalf("found only %d params: the walk missed tables", len(params))
	}
	for _, sp := range params {
		p := sp.p
		if p == (Param{}) {
			continue // an optional cell nobody published
		}
		if p.Source == "" {
			t.Errorf("%s = %v has no source", sp.where, p.Value)
			continue
		}
		if _, ok := SourceByID(p.Source); !ok {
			t.Errorf("%s cites unknown source %q", sp.where, p.Source)
		}
		if p.Year < 1990 || p.Year > 2030 {
			t.Errorf("%s has year %d", sp.where, p.Year)
		}
		if p.HasRange() && !(p.Low <= p.Value && p.Value <= p.High) {
			t.Errorf("%s: range %v ≤ %v ≤ %v does not hold", sp.where, p.Low, p.Value, p.High)
		}
		for _, id := range []string{p.LowSource, p.HighSource} {
			if _, ok := SourceByID(id); id != "" && !ok {
				t.Errorf("%s cites unknown bound source %q", sp.where, id)
			}
		}
		if (p.LowSource != "" || p.HighSource != "") && !p.HasRange() {
			t.Errorf("%s names sources for bounds it does not have", sp.where)
		}
	}
}

func TestEverySourceIsUsedAndComplete(t *testing.T) {
	used := map[string]bool{"ember-2025": true, "owid-elec-mix": true, "world-bank-wdi": true} // countries.csv
	for _, sp := range allParams() {
		used[sp.p.Source], used[sp.p.LowSource], used[sp.p.HighSource] = true, true, true
	}
	seen := map[string]bool{}
	for _, s := range Sources {
		if seen[s.ID] {
			t.Errorf("source %q listed twice", s.ID)
		}
		seen[s.ID] = true
		if !used[s.ID] {
			t.Errorf("source %q is cited by no value", s.ID)
		}
		if s.Title == "" || s.Publisher == "" || s.Year == 0 || s.URL == "" {
			t.Errorf("source %q lacks title, publisher, year or URL", s.ID)
		}
	}
}

func TestTablesHaveTheRequiredRows(t *testing.T) {
	for _, id := range []string{"gpt-3", "t5-11b", "meena", "switch-transformer", "gshard-600b", "bloom-176b",
		"llama-2-70b", "llama-3.1-405b", "olmo-2-7b", "deepseek-v3", "gpt-4"} {
		if _, ok := PresetByID(id); !ok {
			t.Errorf("no preset %q", id)
		}
	}
	for _, id := range []string{"v100", "a100-40gb", "a100-80gb", "h100-sxm", "h100-pcie", "h800", "h20", "h200", "b200",
		"gb200", "mi250x", "mi300x", "tpu-v2", "tpu-v3", "tpu-v4", "tpu-v5e", "tpu-v5p", "tpu-v6e", "ascend-910b", "gaudi-3"} {
		a, ok := AcceleratorByID(id)
		if !ok {
			t.Errorf("no accelerator %q", id)
			continue
		}
		if !a.TDP.Known() || !a.PeakFLOPs.Known() {
			t.Errorf("accelerator %q lacks TDP or peak FLOP/s", id)
		}
	}
	for _, iso := range []string{"USA", "CHN", "OWID_EU27", "GBR", "JPN", "IND", "DEU", "FRA", "OWID_WRL"} {
		if _, ok := HouseholdByRegion(iso); !ok {
			t.Errorf("no household figure for %q", iso)
		}
		if _, ok := CountryByISO(iso); !ok {
			t.Errorf("household region %q is not in countries.csv", iso)
		}
	}
	for _, id := range []string{"nuclear", "coal", "gas", "hydro", "wind", "solar"} {
		if _, ok := PowerSourceByID(id); !ok {
			t.Errorf("no power source %q", id)
		}
	}
	for _, p := range Presets {
		if _, ok := AcceleratorByID(p.Hardware); !ok {
			t.Errorf("preset %q uses unknown hardware %q", p.ID, p.Hardware)
		}
		if _, ok := CountryByISO(p.Region); p.Region != "" && !ok {
			t.Errorf("preset %q is in unknown region %q", p.ID, p.Region)
		}
	}
}

func TestCountriesTableIsWhole(t *testing.T) {
	if len(Countries) != 222 {
		t.Fatalf("%d rows, want 222", len(Countries))
	}
	for _, c := range Countries {
		if c.DemandTWh <= 0 || c.PerCapitaKWh <= 0 || c.IntensityG < 0 || c.NameEN == "" {
			t.Errorf("%s: demand %v, per capita %v, intensity %v", c.ISO, c.DemandTWh, c.PerCapitaKWh, c.IntensityG)
		}
	}
	if c, ok := CountryByISO("chn"); !ok || c.NameZH != "中国" {
		t.Errorf("CountryByISO(chn) = %+v, %v", c, ok)
	}
}

// TestHostPowerFollowsTheSystemRating keeps each accelerator's host share
// equal to (system rating − accelerators × TDP) ÷ accelerators.
func TestHostPowerFollowsTheSystemRating(t *testing.T) {
	for _, a := range Accelerators {
		if !a.HostPower.Known() {
			t.Errorf("%s has no host share", a.ID)
			continue
		}
		if a.System == "" {
			continue
		}
		sys, ok := SystemByID(a.System)
		if !ok {
			t.Errorf("%s names unknown system %q", a.ID, a.System)
			continue
		}
		n := float64(sys.Accelerators)
		want := (sys.Power.Value - n*a.TDP.Value) / n
		if d := a.HostPower.Value - want; d > 0.1 || d < -0.1 {
			t.Errorf("%s: host share %v W, system %s gives %v W", a.ID, a.HostPower.Value, sys.ID, want)
		}
	}
}

func TestEveryPresetStatesItsPrecisionAndWhatItsBasisOmits(t *testing.T) {
	for _, p := range Presets {
		switch p.Precision {
		case PrecisionFP16, PrecisionBF16, PrecisionFP8:
		default:
			t.Errorf("%s: precision %q", p.ID, p.Precision)
		}
		if p.Omits == "" {
			t.Errorf("%s does not say what its basis leaves out", p.ID)
		}
		if !p.PUE.Known() && !p.FacilityPUE.Known() {
			t.Errorf("%s has neither a PUE nor a facility PUE for the whole-facility estimate", p.ID)
		}
	}
	if _, ok := FacilityByID(DefaultFacility); !ok {
		t.Errorf("default facility %q is not in the table", DefaultFacility)
	}
	if _, ok := AcceleratorByID(CustomRun.Hardware); !ok {
		t.Errorf("custom run hardware %q is not in the table", CustomRun.Hardware)
	}
}
