package ui

import (
	"net/url"
	"strings"
	"testing"

	"wattledger/app/estimate"
	"wattledger/app/planner"
	"wattledger/content"
)

// TestChartDownloadsAreNamedAfterTheRunAndTheChart: a saved chart's file
// says which run and which chart it is, in the page's language; the
// downloads were all named "chart-KIND.svg" before.
func TestChartDownloadsAreNamedAfterTheRunAndTheChart(t *testing.T) {
	calcRun := func(l content.Lang, q string) string {
		v, _ := url.ParseQuery(q)
		o, err := estimate.Estimate(estimate.FromQuery(v))
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		return calculatorRunName(l, o)
	}
	powerRun := func(l content.Lang, q string) string {
		v, _ := url.ParseQuery(q)
		o, err := planner.Plan(planner.FromQuery(v))
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		return powerRunName(l, o)
	}
	for _, c := range []struct {
		lang      content.Lang
		run, kind string
		ext, want string
	}{
		{content.English, calcRun(content.English, "preset=gpt-3"), "stack", "svg", "watt-ledger-gpt-3-power-by-part.svg"},
		{content.Chinese, calcRun(content.Chinese, "preset=gpt-3"), "stack", "png", "瓦特账本-gpt-3-功率构成.png"},
		{content.English, calcRun(content.English, "preset=gpt-3&n=20000"), "sources", "png", "watt-ledger-gpt-3-modified-power-plants.png"},
		{content.Chinese, calcRun(content.Chinese, "preset=llama-3.1-405b&method=inference"), "co2", "csv", "瓦特账本-llama-3.1-405b-推理-排放.csv"},
		{content.English, calcRun(content.English, "preset=custom&hw=h100-sxm&n=1000&hours=100"), "growth", "svg", "watt-ledger-custom-run-training-growth.svg"},
		{content.Chinese, calcRun(content.Chinese, "preset=custom&hw=h100-sxm&n=1000&hours=100"), "scale", "svg", "瓦特账本-自定义运行-年用电量对比.svg"},
		{content.English, powerRun(content.English, "campus=xai-colossus"), "solarday", "svg", "watt-ledger-xai-colossus-winter-day-solar.svg"},
		{content.English, powerRun(content.English, "hw=h100-sxm&n=100000"), "additions", "png", "watt-ledger-h100-sxm-100000-new-capacity.png"},
		{content.English, powerRun(content.English, "mw=250"), "additions", "svg", "watt-ledger-250-mw-new-capacity.svg"},
		{content.Chinese, powerRun(content.Chinese, "mw=250"), "solarday", "png", "瓦特账本-250兆瓦-冬日光储.png"},
	} {
		if got := chartFileName(c.lang, c.run, c.kind, c.ext); got != c.want {
			t.Errorf("%s %s chart of %q: %q, want %q", c.lang, c.kind, c.run, got, c.want)
		}
	}
}

// TestEveryChartHasItsOwnFileNameInBothLanguages: no two charts share a
// name, and none carries a character a file system refuses.
func TestEveryChartHasItsOwnFileNameInBothLanguages(t *testing.T) {
	for _, l := range content.Langs {
		seen := map[string]string{}
		for _, k := range append(append([]string{}, chartKinds...), powerChartKinds...) {
			name := chartFileName(l, "gpt-3", k, "svg")
			if other, ok := seen[name]; ok {
				t.Errorf("%s: the %s and %s charts are both saved as %q", l, k, other, name)
			}
			seen[name] = k
			if strings.ContainsAny(name, ` /\:*?"<>|`) {
				t.Errorf("%s: %q has a character some file systems refuse", l, name)
			}
		}
	}
}
