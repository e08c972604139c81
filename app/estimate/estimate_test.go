package estimate

import (
	"errors"
	"net/url"
	"testing"

	"wattledger/calc"
	"wattledger/content"
)

func mustEstimate(t *testing.T, query string) Outcome {
	t.Helper()
	q, err := url.ParseQuery(query)
	if err != nil {
		t.Fatal(err)
	}
	o, err := Estimate(FromQuery(q))
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return o
}

func TestEveryPresetReproducesItsPublishedFigures(t *testing.T) {
	for _, p := range content.Presets {
		t.Run(p.ID+" matches its source within 2%", func(t *testing.T) {
			o := mustEstimate(t, "preset="+p.ID)
			if o.Method != calc.Method(p.Method) {
				t.Errorf("method %s, want the source's %s", o.Method, p.Method)
			}
			if p.PublishedEnergyKWh.Known() {
				got := o.Result.Energy.Central.KilowattHours()
				if !within(got, p.PublishedEnergyKWh.Value, 0.02) {
					t.Errorf("energy %.6g kWh, published %.6g", got, p.PublishedEnergyKWh.Value)
				}
			}
			if p.PublishedCO2Tonnes.Known() {
				got := o.Result.Emissions.Central.Tonnes()
				if !within(got, p.PublishedCO2Tonnes.Value, 0.02) {
					t.Errorf("emissions %.6g t, published %.6g", got, p.PublishedCO2Tonnes.Value)
				}
			}
			if !p.Estimate && !p.PublishedEnergyKWh.Known() && !p.PublishedCO2Tonnes.Known() {
				t.Errorf("preset is neither an estimate nor published")
			}
		})
	}
}

func within(got, want, rel float64) bool {
	d := got - want
	if d < 0 {
		d = -d
	}
	return d <= rel*want
}

func TestDefaultIsGPT3(t *testing.T) {
	o := mustEstimate(t, "")
	if o.Preset.ID != DefaultPreset || o.Result.Energy.Central.KilowattHours() < 1.2e6 {
		t.Fatalf("default gave %s, %v", o.Preset.ID, o.Result.Energy)
	}
}

func TestExplicitParametersOverrideThePreset(t *testing.T) {
	base := mustEstimate(t, "preset=gpt-3")
	doubled := mustEstimate(t, "preset=gpt-3&n=20000")
	if !within(doubled.Result.Energy.Central.KilowattHours(), 2*base.Result.Energy.Central.KilowattHours(), 1e-9) {
		t.Errorf("doubling n: %v then %v", base.Result.Energy, doubled.Result.Energy)
	}
	if doubled.Origin(calc.FieldAccelerators) != FromVisitor || doubled.Origin(calc.FieldPower) != FromPreset {
		t.Errorf("origins: n %q, w %q", doubled.Origin(calc.FieldAccelerators), doubled.Origin(calc.FieldPower))
	}
	china := mustEstimate(t, "preset=gpt-3&region=chn")
	cn, _ := content.CountryByISO("CHN")
	if !within(china.Result.Emissions.Central.Tonnes(), base.Result.Energy.Central.KilowattHours()*cn.IntensityG/1e6, 1e-9) {
		t.Errorf("region=chn emissions %v", china.Result.Emissions)
	}
	ci := mustEstimate(t, "preset=gpt-3&region=CHN&ci=0")
	if ci.Result.Emissions.Central != 0 {
		t.Errorf("ci=0 should give zero emissions, got %v", ci.Result.Emissions)
	}
}

func TestComputeMethodFromParametersAndTokens(t *testing.T) {
	// 6 × 7e10 × 2e12 = 8.4e23 FLOP on A100s (312 TFLOP/s) at 40% MFU:
	// 1.87 million GPU-hours.
	o := mustEstimate(t, "preset=gpt-3&method=compute&hw=a100-80gb&params=7e10&tokens=2e12&mfu=0.4&w=400&pue=1.1")
	want := 8.4e23 / (312e12 * 0.4) / 3600
	if !within(o.Result.AcceleratorHours.Central, want, 0.01) {
		t.Fatalf("accelerator-hours %v, want %.4g", o.Result.AcceleratorHours, want)
	}
	if !within(o.Result.Energy.Central.KilowattHours(), want*0.4*1.1, 0.01) {
		t.Fatalf("energy %v", o.Result.Energy)
	}
}

func TestInferenceHasABreakEven(t *testing.T) {
	o := mustEstimate(t, "preset=gpt-3&method=inference&qwh=0.3&qpd=1e8&days=30")
	if !within(o.Result.Energy.Central.KilowattHours(), 0.3*1e8*30/1000, 1e-9) {
		t.Fatalf("energy %v", o.Result.Energy)
	}
	if o.BreakEven.Queries.Central <= 0 || !within(o.BreakEven.Time.Central.Days(), o.BreakEven.Queries.Central/1e8, 1e-9) {
		t.Fatalf("break-even %+v", o.BreakEven)
	}
}

func TestBadInputNamesTheField(t *testing.T) {
	tests := []struct {
		query  string
		field  calc.Field
		reason calc.Reason
	}{
		{"preset=gpt-5", calc.FieldPreset, calc.ReasonUnknown},
		{"method=magic", calc.FieldMethod, calc.ReasonUnknown},
		{"hw=<script>", calc.FieldHardware, calc.ReasonUnknown},
		{"region=ATLANTIS", calc.FieldRegion, calc.ReasonUnknown},
		{"n=ten", calc.FieldAccelerators, calc.ReasonNaN},
		{"n=NaN", calc.FieldAccelerators, calc.ReasonNaN},
		{"w=Infinity", calc.FieldPower, calc.ReasonNaN},
		{"pue=0x1p0", calc.FieldPUE, calc.ReasonNaN},
		{"pue=0.5", calc.FieldPUE, calc.ReasonTooSmall},
		{"hours=-5", calc.FieldHours, calc.ReasonNegative},
		{"n=0", calc.FieldAccelerators, calc.ReasonZero},
		{"flops=1e999&method=compute", calc.FieldFLOPs, calc.ReasonTooLarge},
		{"mfu=2&method=compute", calc.FieldMFU, calc.ReasonTooLarge},
		{"qwh=1,5&method=inference", calc.FieldQueryWh, calc.ReasonNaN},
		{"ci=-1", calc.FieldIntensity, calc.ReasonNegative},
	}
	for _, tt := range tests {
		t.Run(tt.query+" is refused", func(t *testing.T) {
			q, _ := url.ParseQuery(tt.query)
			_, err := Estimate(FromQuery(q))
			var ie *calc.InputError
			if !errors.As(err, &ie) || ie.Field != tt.field || ie.Reason != tt.reason {
				t.Fatalf("got %v, want %s: %s", err, tt.field, tt.reason)
			}
		})
	}
}

func TestParseNumberAcceptsWhatPeopleWrite(t *testing.T) {
	for in, want := range map[string]float64{
		"1287": 1287, "1e23": 1e23, "3.14E+23": 3.14e23, " 0.3 ": 0.3, "10,000": 10000,
		"1,234,567.5": 1234567.5, "１２８７": 1287, ".5": 0.5, "-2": -2, "5.": 5,
	} {
		got, err := ParseNumber(calc.FieldAccelerators, in)
		if err != nil || got != want {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "abc", "1e", "e5", "1,5", "1,00", "1_000", "inf", "nan", "0x10", "1e5e5", "--1", ".", "1.2.3", "12,345,67"} {
		if _, err := ParseNumber(calc.FieldAccelerators, in); err == nil {
			t.Errorf("ParseNumber(%q) accepted", in)
		}
	}
}

func TestQueryRoundTrips(t *testing.T) {
	in := Inputs{}.With(calc.FieldPreset, "llama-3.1-405b").With(calc.FieldAccelerators, "16384").With(calc.FieldRegion, "usa")
	q, err := url.ParseQuery(in.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if got := FromQuery(q); got != in {
		t.Fatalf("round trip: %v became %v", in, got)
	}
	if in.Encode() != "preset=llama-3.1-405b&n=16384&region=usa" {
		t.Fatalf("encode order: %s", in.Encode())
	}
}

func TestFormatInput(t *testing.T) {
	for v, want := range map[float64]string{10000: "10000", 355.2: "355.2", 3.14e23: "3.14e23", 1e15: "1e15", 0.0001: "0.0001", 2.5e-5: "2.5e-5"} {
		if got := FormatInput(v); got != want {
			t.Errorf("FormatInput(%v) = %q, want %q", v, got, want)
		}
	}
}
