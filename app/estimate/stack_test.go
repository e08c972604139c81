package estimate

import (
	"errors"
	"math"
	"net/url"
	"testing"

	"wattledger/calc"
	"wattledger/content"
)

// TestOneH100NodeLandsInTheMeasuredBand calibrates the power stack: one
// 8-GPU H100 server at the tables' defaults draws between Newkirk et al.'s
// measured average (76% of 10.2 kW) and Latif et al.'s observed maximum
// (8.4 kW), and its range spans both.
func TestOneH100NodeLandsInTheMeasuredBand(t *testing.T) {
	o := mustEstimate(t, "preset=custom&hw=h100-sxm&n=8&hours=1&pue=1")
	var node calc.Range[calc.Power]
	for _, p := range o.Stack {
		if p.Part == calc.PartAccelerators || p.Part == calc.PartServers {
			node.Low += p.Power.Low
			node.Central += p.Power.Central
			node.High += p.Power.High
		}
	}
	avg, max := content.NodeMeasurements.Average.Value, content.NodeMeasurements.Maximum.Value
	if w := node.Central.Watts(); w < avg*0.995 || w > max {
		t.Errorf("node draws %.0f W at defaults, want within the measured %.0f–%.0f W", w, avg, max)
	}
	if node.Low.Watts() > avg || node.High.Watts() < max {
		t.Errorf("node range %.0f–%.0f W does not span the measured %.0f–%.0f W", node.Low.Watts(), node.High.Watts(), avg, max)
	}
	if c := o.Stack[3].Power.Central; c != 0 {
		t.Errorf("at PUE 1 cooling is %v W", c)
	}
}

// TestHundredThousandH100s checks the run against public reporting
// of about 150 MW for a 100,000-H100 site (1.4–1.5 kW per GPU all in).
func TestHundredThousandH100s(t *testing.T) {
	o := mustEstimate(t, "method=hardware&hw=h100-sxm&n=100000&hours=2160&region=USA")
	p := o.Result.Power
	if mw := p.Central.Megawatts(); mw < 125 || mw > 165 {
		t.Errorf("central %.1f MW, want near 150 MW", mw)
	}
	if !(p.Low.Megawatts() < 150 && 150 < p.High.Megawatts()) {
		t.Errorf("range %.1f–%.1f MW excludes the reported 150 MW", p.Low.Megawatts(), p.High.Megawatts())
	}
	if !o.Custom || o.Title(content.English) != "100,000 × NVIDIA H100 SXM for 90 days" || o.Title(content.Chinese) != "10万块英伟达H100 SXM，运行90天" {
		t.Errorf("titles %q / %q", o.Title(content.English), o.Title(content.Chinese))
	}
	if o.Region.ISO != "USA" || o.Grid.ISO != "USA" {
		t.Errorf("region %s, grid %s", o.Region.ISO, o.Grid.ISO)
	}
}

func TestEveryCustomRunHasAnOrderedRangeAndStack(t *testing.T) {
	for _, a := range content.Accelerators {
		for _, method := range []string{"hardware", "compute"} {
			t.Run(a.ID+" "+method+" gives low < central < high", func(t *testing.T) {
				o := mustEstimate(t, "preset=custom&method="+method+"&hw="+a.ID)
				e := o.Result.Energy
				if !(e.Low < e.Central && e.Central < e.High) {
					t.Errorf("energy %+v", e)
				}
				if len(o.Stack) != 4 || len(o.Sensitivity) == 0 {
					t.Fatalf("stack %d parts, %d swings", len(o.Stack), len(o.Sensitivity))
				}
				var sum calc.Power
				for _, p := range o.Stack {
					sum += p.Power.Central
					if p.Power.Central <= 0 || !(p.Power.Low < p.Power.High) {
						t.Errorf("%s: %+v", p.Part, p.Power)
					}
				}
				if !within(float64(sum), float64(o.Result.Power.Central), 1e-9) {
					t.Errorf("parts sum to %v, power is %v", sum, o.Result.Power.Central)
				}
				for i := 1; i < len(o.Sensitivity); i++ {
					if o.Sensitivity[i].Width() > o.Sensitivity[i-1].Width() {
						t.Errorf("sensitivity not sorted: %+v", o.Sensitivity)
					}
				}
			})
		}
	}
}

func TestPresetsShowTheWholeFacilityBesideTheirBasis(t *testing.T) {
	for _, p := range content.Presets {
		t.Run(p.ID+" has a larger whole-facility estimate", func(t *testing.T) {
			o := mustEstimate(t, "preset="+p.ID)
			f := o.FullSystem
			if f == nil {
				t.Fatal("no whole-facility estimate")
			}
			if f.Omits != p.Omits || f.Omits == "" {
				t.Errorf("omits %q", f.Omits)
			}
			if !(f.Result.Energy.Central > o.Result.Energy.Central) {
				t.Errorf("whole facility %v is not above the published basis %v", f.Result.Energy.Central, o.Result.Energy.Central)
			}
			e := f.Result.Energy
			if !(e.Low < e.Central && e.Central < e.High) {
				t.Errorf("whole-facility range %+v", e)
			}
		})
	}
	if o := mustEstimate(t, "preset=custom"); o.FullSystem != nil {
		t.Error("a custom run is already on the whole-facility basis")
	}
}

// TestComputeUsesThePeakAtTheRunsPrecision: DeepSeek-V3 trained in FP8, so
// the compute method takes the H800's FP8 dense peak and reproduces the
// published GPU-hours; a BF16 run takes the BF16 peak; FP8 on hardware
// without it falls back to BF16 with a warning.
func TestComputeUsesThePeakAtTheRunsPrecision(t *testing.T) {
	ds := mustEstimate(t, "preset=deepseek-v3&method=compute")
	if ds.Precision != content.PrecisionFP8 || float64(ds.Scenario.Compute.PeakRate) != 1979e12 {
		t.Errorf("DeepSeek-V3: precision %s, peak %g", ds.Precision, float64(ds.Scenario.Compute.PeakRate))
	}
	if !within(ds.Result.AcceleratorHours.Central, 2.788e6, 0.02) {
		t.Errorf("DeepSeek-V3 from compute: %.4g GPU-h, published 2.788M", ds.Result.AcceleratorHours.Central)
	}
	llama := mustEstimate(t, "preset=llama-3.1-405b&method=compute")
	if llama.Precision != content.PrecisionBF16 || float64(llama.Scenario.Compute.PeakRate) != 989e12 {
		t.Errorf("Llama 3.1: precision %s, peak %g", llama.Precision, float64(llama.Scenario.Compute.PeakRate))
	}
	a100 := mustEstimate(t, "preset=deepseek-v3&method=compute&hw=a100-80gb")
	if a100.Precision != content.PrecisionBF16 || len(a100.Warnings) == 0 || a100.Warnings[0] != WarnPrecisionFallback {
		t.Errorf("FP8 run on A100: precision %s, warnings %v", a100.Precision, a100.Warnings)
	}
	if m := a100.Scenario.Compute.Utilisation.Central; m != content.Assumptions.MFU.Value {
		t.Errorf("fallback MFU %v, want the 16-bit default", m)
	}
	h100 := mustEstimate(t, "preset=deepseek-v3&method=compute&hw=h100-sxm")
	if m := h100.Scenario.Compute.Utilisation.Central; m != content.Assumptions.MFUFP8.Value {
		t.Errorf("FP8 run on other hardware: MFU %v, want the FP8 default", m)
	}
}

func TestAbsurdComputeIsFlaggedAndZeroesAreRefused(t *testing.T) {
	o := mustEstimate(t, "method=compute&flops=1e30&hw=v100&n=10000")
	if o.Result.Duration.Central.Years() < 1000 || len(o.Warnings) == 0 || o.Warnings[0] != WarnWallClockLong {
		t.Errorf("1e30 FLOP on 10,000 V100s: %.3g years, warnings %v", o.Result.Duration.Central.Years(), o.Warnings)
	}
	if o.Origin(calc.FieldParameters) != Unused || o.Origin(calc.FieldTokens) != Unused {
		t.Errorf("given FLOPs still show the preset's parameters (%s) and tokens (%s)", o.Origin(calc.FieldParameters), o.Origin(calc.FieldTokens))
	}
	for _, tt := range []struct {
		query  string
		field  calc.Field
		reason calc.Reason
	}{
		{"method=compute&flops=0", calc.FieldFLOPs, calc.ReasonZero},
		{"gpuh=0", calc.FieldAcceleratorHours, calc.ReasonZero},
		{"n=0", calc.FieldAccelerators, calc.ReasonZero},
		{"method=compute&flops=1e24&params=-5", calc.FieldParameters, calc.ReasonNegative},
		{"method=compute&flops=1e24&tokens=1e30", calc.FieldTokens, calc.ReasonTooLarge},
		{"facility=moon", calc.FieldFacility, calc.ReasonUnknown},
		{"grid=ATLANTIS", calc.FieldGrid, calc.ReasonUnknown},
	} {
		q, _ := url.ParseQuery(tt.query)
		_, err := Estimate(FromQuery(q))
		var ie *calc.InputError
		if !errors.As(err, &ie) || ie.Field != tt.field || ie.Reason != tt.reason {
			t.Errorf("%s: got %v, want %s %s", tt.query, err, tt.field, tt.reason)
		}
	}
}

// TestGridAndComparisonRegionAreSeparate: region keeps its old meaning
// (both), and grid, when given, prices the emissions alone.
func TestGridAndComparisonRegionAreSeparate(t *testing.T) {
	base := mustEstimate(t, "preset=deepseek-v3")
	india := mustEstimate(t, "preset=deepseek-v3&region=IND&grid=CHN")
	cn, _ := content.CountryByISO("CHN")
	if india.Region.ISO != "IND" || india.Grid.ISO != "CHN" {
		t.Fatalf("region %s, grid %s", india.Region.ISO, india.Grid.ISO)
	}
	if !within(india.Result.Emissions.Central.Tonnes(), base.Result.Energy.Central.KilowattHours()*cn.IntensityG/1e6, 1e-9) {
		t.Errorf("emissions %v priced at India's grid", india.Result.Emissions)
	}
	old := mustEstimate(t, "preset=deepseek-v3&region=IND")
	in, _ := content.CountryByISO("IND")
	if !within(old.Result.Emissions.Central.Tonnes(), base.Result.Energy.Central.KilowattHours()*in.IntensityG/1e6, 1e-9) {
		t.Errorf("region alone no longer re-prices the grid: %v", old.Result.Emissions)
	}
}

func TestChangingHardwareKeepsCountAndHoursAndTakesTheTables(t *testing.T) {
	o := mustEstimate(t, "preset=gpt-3&hw=h100-sxm")
	if o.Value(calc.FieldAccelerators) != 10000 || o.Value(calc.FieldHours) != 355.2 {
		t.Errorf("n %v, hours %v", o.Value(calc.FieldAccelerators), o.Value(calc.FieldHours))
	}
	if o.Origin(calc.FieldPower) != FromHardware || o.Origin(calc.FieldPUE) != FromFacility || o.Facility.ID != content.DefaultFacility {
		t.Errorf("power from %s, PUE from %s (%s)", o.Origin(calc.FieldPower), o.Origin(calc.FieldPUE), o.Facility.ID)
	}
	if o.Region.ISO != DefaultRegion {
		t.Errorf("region %s, want the world's for a run of one's own", o.Region.ISO)
	}
	if got := o.Title(content.English); got != "10,000 × NVIDIA H100 SXM for 14.8 days" {
		t.Errorf("title %q", got)
	}
	if got := mustEstimate(t, "preset=gpt-3&n=20000").Title(content.English); got != "GPT-3 (175B), changed" {
		t.Errorf("changed preset title %q", got)
	}
	if got := mustEstimate(t, "preset=gpt-3&hw=v100&region=CHN").Title(content.English); got != "GPT-3 (175B)" {
		t.Errorf("unchanged preset title %q", got)
	}
}

// TestOldLinksKeepTheirNumbers: a w in the link is still all of an
// accelerator's IT power, so the old formula n × hours × w × PUE holds.
func TestOldLinksKeepTheirNumbers(t *testing.T) {
	o := mustEstimate(t, "preset=gpt-3&hw=h100-sxm&n=1000&hours=100&w=700&pue=1.2")
	if !within(o.Result.Energy.Central.KilowattHours(), 1000*100*0.7*1.2, 1e-9) {
		t.Errorf("energy %v kWh, want 84,000", o.Result.Energy.Central.KilowattHours())
	}
	if len(o.Warnings) == 0 || o.Warnings[0] != WarnPowerIsAll {
		t.Errorf("warnings %v", o.Warnings)
	}
}

// TestTheShownPowerGivesTheSameRun: the form shows w's default; typed
// back in, it must describe the same run, for every accelerator (the chip's
// draw alone would drop the server and network shares and the result by
// about half).
func TestTheShownPowerGivesTheSameRun(t *testing.T) {
	for _, a := range content.Accelerators {
		base := "preset=custom&hw=" + a.ID + "&n=1000&hours=100"
		o := mustEstimate(t, base)
		typed := mustEstimate(t, base+"&w="+FormatInput(o.Value(calc.FieldPower)))
		got, want := typed.Result.Energy.Central, o.Result.Energy.Central
		if math.Abs(float64(got/want)-1) > 0.005 {
			t.Errorf("%s: typing the shown w=%s gives %v, the default %v", a.ID, FormatInput(o.Value(calc.FieldPower)), got, want)
		}
	}
}

// TestBreakEvenNamesTheTrainingItComparesWith: serving is compared with
// the training the link describes, and named after it: the visitor's
// changed numbers are not "GPT-3".
func TestBreakEvenNamesTheTrainingItComparesWith(t *testing.T) {
	for q, want := range map[string]string{
		"preset=gpt-3&method=inference":                      "GPT-3 (175B)",
		"preset=gpt-3&method=inference&n=100000&hours=2160":  "GPT-3 (175B), changed",
		"preset=custom&method=inference":                     "1,024 × NVIDIA H100 SXM for 30 days",
		"preset=gpt-3&method=inference&hw=h100-sxm&n=100000": "100,000 × NVIDIA H100 SXM for 14.8 days",
	} {
		if got := mustEstimate(t, q).TrainingTitle(content.English); got != want {
			t.Errorf("%s: training title %q, want %q", q, got, want)
		}
	}
}
