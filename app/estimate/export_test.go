package estimate

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"math"
	"net/url"
	"testing"

	"wattledger/content"
)

func exportOf(t *testing.T, raw string) Export {
	t.Helper()
	q, err := url.ParseQuery(raw)
	if err != nil {
		t.Fatal(err)
	}
	o, err := Estimate(FromQuery(q))
	if err != nil {
		t.Fatalf("%s: %v", raw, err)
	}
	return NewExport(o)
}

func TestExportGPT3(t *testing.T) {
	e := exportOf(t, "preset=gpt-3&n=10000")
	if e.DataVersion != content.DataVersion || e.Query != "preset=gpt-3&n=10000" {
		t.Errorf("meta: %q %q", e.DataVersion, e.Query)
	}
	if len(e.Inputs) != len(Fields) {
		t.Fatalf("%d inputs, want %d", len(e.Inputs), len(Fields))
	}
	want := map[string][2]string{
		"preset": {"gpt-3", "visitor"}, "method": {"hardware", "preset"}, "hw": {"v100", "preset"},
		"n": {"10000", "visitor"}, "hours": {"355.2", "preset"}, "w": {"330", "preset"}, "pue": {"1.1", "preset"},
		"region": {"USA", "preset"}, "ci": {"429", "preset"}, "qwh": {"", "unused"},
	}
	for _, in := range e.Inputs {
		if w, ok := want[in.Param]; ok && (in.Value != w[0] || in.Origin != w[1]) {
			t.Errorf("input %s = %q (%s), want %q (%s)", in.Param, in.Value, in.Origin, w[0], w[1])
		}
	}
	energy := e.Outputs[0]
	if energy.Name != "energy" || math.Abs(energy.Central-1289376)/1289376 > 1e-9 || !(energy.Low <= energy.Central && energy.Central <= energy.High) {
		t.Errorf("energy output %+v", energy)
	}
	ids := map[string]bool{}
	for _, s := range e.Sources {
		if s.URL == "" || s.Title == "" {
			t.Errorf("source %+v lacks a URL or title", s)
		}
		ids[s.ID] = true
	}
	for _, id := range []string{"patterson-2021", "ember-2025", "eia-household-2022", "ipcc-ar5-annex3"} {
		if !ids[id] {
			t.Errorf("source %s is not cited; cited %v", id, ids)
		}
	}
}

func TestExportFormats(t *testing.T) {
	for _, raw := range []string{"preset=gpt-3", "method=inference&qwh=0.3", "method=compute&params=7e10&tokens=2e12&hw=h100-sxm", "preset=bloom-176b&region=chn"} {
		e := exportOf(t, raw)
		var back Export
		if err := json.Unmarshal(e.JSON(), &back); err != nil || back.DataVersion != content.DataVersion || len(back.Outputs) != len(e.Outputs) {
			t.Errorf("%s: JSON does not round-trip: %v", raw, err)
		}
		rows, err := csv.NewReader(bytes.NewReader(e.CSV())).ReadAll()
		if err != nil {
			t.Fatalf("%s: CSV: %v", raw, err)
		}
		if got, want := len(rows), 1+3+len(e.Inputs)+len(e.Outputs)+len(e.Sources); got != want {
			t.Errorf("%s: %d CSV rows, want %d", raw, got, want)
		}
		for _, r := range rows {
			if len(r) != 9 {
				t.Fatalf("%s: row %v has %d cells", raw, r, len(r))
			}
		}
	}
}

func TestCSVCellDefusesFormulas(t *testing.T) {
	for in, want := range map[string]string{"=1+1": "'=1+1", "+cmd": "'+cmd", "@x": "'@x", "1e23": "1e23", "": ""} {
		if got := csvCell(in); got != want {
			t.Errorf("csvCell(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCSVNumbersCarryNoFloatNoise(t *testing.T) {
	for v, want := range map[float64]string{1194717.9419999998: "1194717.942", 0.1 + 0.2: "0.3", 3.14e23: "3.14e+23", 1e-9: "1e-09", 0: "0", 552: "552"} {
		if got := num(v); got != want {
			t.Errorf("num(%v) = %q, want %q", v, got, want)
		}
	}
}

func TestCSVNamesPersonYearsForPerPersonRegions(t *testing.T) {
	for raw, want := range map[string]string{"preset=gpt-3&region=IND": "person-years", "preset=gpt-3&region=USA": "household-years"} {
		for _, o := range exportOf(t, raw).Outputs {
			if o.Name == "households" && o.Unit != want {
				t.Errorf("%s: households in %q, want %q", raw, o.Unit, want)
			}
		}
	}
}
