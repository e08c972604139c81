//go:build !js

package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

// Targets.
const (
	targetBrotli  = 3.5e6
	targetGzip    = 5.0e6
	targetResults = 16.0  // ms, p95
	targetCharts  = 100.0 // ms, p95
	targetRatio   = 1.3
	targetFullEst = 50e3 // ns
)

func verdict(ok bool) string {
	if ok {
		return "met"
	}
	return "MISSED"
}

func printTable(r *report) {
	fmt.Println()
	fmt.Println("== summary")
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	row := func(cols ...string) { fmt.Fprintln(w, strings.Join(cols, "\t")) }
	row("measure", "value", "target", "")
	s := r.Sizes
	row("app.wasm raw", mb(s.Raw), "", "")
	row("app.wasm gzip -9", mb(s.Gzip), "≤ 5.00 MB", verdict(float64(s.Gzip) <= targetGzip))
	row("app.wasm brotli -q 11", mb(s.Brotli), "≤ 3.50 MB", verdict(float64(s.Brotli) <= targetBrotli))
	if r.Floor != nil {
		row("floor app.wasm raw / br", mb(r.Floor.Raw)+" / "+mb(r.Floor.Brotli), "", "")
	}
	if r.FirstVisit != nil {
		v := r.FirstVisit
		row("first visit, transferred", fmt.Sprintf("%s in %d requests (app.wasm %s)", mb(v.Total), v.Requests, mb(v.Wasm)), "", "")
	}
	if r.Cold.N > 0 {
		row("cold load / → ready", r.Cold.String(), "", "")
		row("cold load ?query → ready", r.ColdQuery.String(), "", "")
		row("  first contentful paint", r.FCP.String(), "", "")
		row("  #energy painted (query)", r.NumberPaint.String(), "", "")
		row("  prerendered number", r.PrerenderOK, "", "")
		row("  median cold / split", r.ColdParts.Ours.String(), "", "")
	}
	if r.FloorCold.N > 0 {
		row("floor cold load → ready", r.FloorCold.String(), "", "")
		row("  median floor split", r.ColdParts.Floor.String(), "", "")
		row("ratio ours / floor (medians)", fmt.Sprintf("%.2f", r.Ratio), "≤ 1.30", verdict(r.Ratio <= targetRatio))
	}
	if r.Warm.N > 0 {
		row("warm reload (SW) → ready", r.Warm.String(), "", r.WarmFromSW)
	}
	if r.Results.N > 0 {
		row("input → #energy updated", r.Results.String(), "p95 ≤ 16 ms", verdict(r.Results.P95 <= targetResults))
		row("input → calculator re-rendered", r.Pages.String(), "", "go-app's next frame")
		row("input → charts updated", r.Charts.String(), "p95 ≤ 100 ms", verdict(r.Charts.P95 <= targetCharts && r.ChartTimeouts == 0))
	}
	if r.ThrottledResults.N > 0 {
		row("4× CPU: first input → #energy", r.ThrottledFirst.String(), "≤ 300 ms", verdict(r.ThrottledFirst.N > 0 && r.ThrottledFirst.P95 <= 300))
		row(fmt.Sprintf("  typed after reading %v", readerDelay), r.ThrottledFirstReader.String(), "≤ 300 ms", verdict(r.ThrottledFirstReader.N > 0 && r.ThrottledFirstReader.P95 <= 300))
		row("4× CPU: later input → #energy", r.ThrottledResults.String(), "p95 ≤ 50 ms", verdict(r.ThrottledResults.P95 <= 50))
		row("4× CPU: later input → charts", r.ThrottledCharts.String(), "", "")
	}
	for _, b := range r.GoBench {
		target, v := "", ""
		if b.Name == "FullEstimate" {
			target, v = "< 50 µs", verdict(b.NsPerOp < targetFullEst)
		}
		row("go "+b.Pkg+" "+b.Name, fmt.Sprintf("%s/op, %d B/op, %d allocs/op", b.time(), b.BytesPerOp, b.AllocsPerOp), target, v)
	}
	w.Flush()
	for _, n := range r.Notes {
		fmt.Println("note: " + n)
	}
}
