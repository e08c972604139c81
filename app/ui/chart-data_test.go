package ui

import (
	"net/url"
	"testing"

	"wattledger/app/estimate"
	"wattledger/content"
)

// TestGrowthChartMarksOnlyTheVisitorsRun: a published run as published is
// one of the presets' dots; only a run the visitor built or changed gets
// the "your run" dot (on DeepSeek-V3 it hid the preset's own and called it
// "your run").
func TestGrowthChartMarksOnlyTheVisitorsRun(t *testing.T) {
	for q, want := range map[string]bool{
		"preset=deepseek-v3":                            false,
		"preset=gpt-3":                                  false,
		"preset=gpt-3&n=20000":                          true,
		"preset=gpt-3&method=compute":                   true,
		"preset=custom&hw=h100-sxm&n=100000&hours=2160": true,
		"preset=deepseek-v3&hw=h100-sxm":                true,
	} {
		v, _ := url.ParseQuery(q)
		o, err := estimate.Estimate(estimate.FromQuery(v))
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		in := growthChart(content.English, o, o.Result.Energy.Central.KilowattHours())
		if got := in.Yours != nil; got != want {
			t.Errorf("%s: your-run dot %v, want %v", q, got, want)
		}
	}
}
