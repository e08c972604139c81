//go:build !js

// Command bench measures Watt Ledger's WebAssembly: its size raw and
// compressed, a first visit's bytes, cold and warm loads, the first paint
// of a prerendered number and the time from an input change to updated
// numbers and charts in headless Chromium, the same cold load of a minimal
// go-app page (the floor, built from ./floor), and the Go benchmarks of
// the model. `make bench` runs it through scripts/bench.sh after
// `make build`; see BENCH.md for the figures and what they mean.
//
//	go run ./tools/bench [-runs 9] [-changes 200] [-web web] [-bin bin/watt-ledger]
//	                            [-floor=true] [-gobench=true] [-json out.json]
//
// Run it from the repository root. Every browser time is measured in the
// page with performance.now() (its origin is the navigation's start), so
// DevTools round trips are not counted.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

type options struct {
	root, web, bin string
	runs, changes  int
	floor, gobench bool
	browser        bool
	updates        bool
	throttledOnly  bool
	jsonOut        string
	label          string
}

// report is everything one run measured; -json writes it.
type report struct {
	Label   string    `json:"label,omitempty"`
	When    time.Time `json:"when"`
	Machine machine   `json:"machine"`
	Sizes   sizes     `json:"sizes"`
	Floor   *sizes    `json:"floor_sizes,omitempty"`

	FirstVisit    *visitBytes `json:"first_visit,omitempty"`
	Cold          stat        `json:"cold_ready_ms"`
	ColdQuery     stat        `json:"cold_query_ready_ms"`
	NumberPaint   stat        `json:"number_paint_ms"`
	FCP           stat        `json:"fcp_ms"`
	PrerenderOK   string      `json:"prerender_check"`
	Warm          stat        `json:"warm_reload_ready_ms"`
	WarmFromSW    string      `json:"warm_from_sw"`
	FloorCold     stat        `json:"floor_cold_ready_ms"`
	Ratio         float64     `json:"cold_ratio"`
	Results       stat        `json:"input_to_result_ms"`
	Pages         stat        `json:"input_to_page_ms"`
	Charts        stat        `json:"input_to_charts_ms"`
	ChartTimeouts int         `json:"chart_timeouts"`
	// On a CPU throttled cpuSlowdown× (throttled.go).
	ThrottledFirst stat `json:"throttled_first_input_ms"`
	// ThrottledFirstReader is the first input typed readerDelay after the
	// first frame.
	ThrottledFirstReader stat      `json:"throttled_first_input_after_reading_ms"`
	ThrottledResults     stat      `json:"throttled_input_to_result_ms"`
	ThrottledCharts      stat      `json:"throttled_input_to_charts_ms"`
	ColdParts            coldParts `json:"cold_parts"`
	GoBench              []goBench `json:"go_bench,omitempty"`
	Notes                []string  `json:"notes,omitempty"`
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("bench: ")
	var o options
	flag.StringVar(&o.web, "web", "web", "the web directory to serve (app.wasm and its .br/.gz)")
	flag.StringVar(&o.bin, "bin", "bin/watt-ledger", "the server binary")
	// Nine by default: on a shared 2-core machine the ratio of two medians
	// of five moved by ±0.1 from run to run.
	flag.IntVar(&o.runs, "runs", 9, "cold and warm loads per measurement (at least 5)")
	flag.IntVar(&o.changes, "changes", 200, "input changes measured")
	flag.BoolVar(&o.floor, "floor", true, "build and measure the minimal go-app page")
	flag.BoolVar(&o.gobench, "gobench", true, "run the Go benchmarks")
	flag.BoolVar(&o.browser, "browser", true, "run the Chromium measurements")
	flag.BoolVar(&o.updates, "updates", true, "after the cold loads, measure warm reloads and input changes")
	flag.BoolVar(&o.throttledOnly, "throttled-only", false, "measure only the 4× CPU figures (no floor, cold or warm loads, Go benchmarks)")
	flag.StringVar(&o.jsonOut, "json", "", "also write the figures as JSON to this file")
	flag.StringVar(&o.label, "label", "", "a label for this run (JSON only)")
	flag.Parse()
	if o.runs < 5 {
		log.Fatal("-runs must be at least 5")
	}
	if o.throttledOnly {
		o.floor, o.gobench = false, false
	}
	root, err := repoRoot()
	if err != nil {
		log.Fatal(err)
	}
	o.root = root
	if !filepath.IsAbs(o.web) {
		o.web = filepath.Join(root, o.web)
	}
	if !filepath.IsAbs(o.bin) {
		o.bin = filepath.Join(root, o.bin)
	}
	if err := run(o); err != nil {
		log.Fatal(err)
	}
}

func run(o options) error {
	start := time.Now()
	rep := &report{Label: o.label, When: start.UTC(), Machine: describeMachine()}
	m := rep.Machine
	fmt.Printf("== machine: %d × %s, %s RAM, %s, %s, load %s\n", m.CPUs, m.CPU, m.Memory, m.Go, m.Chromium, m.Load)
	if m.LoadAvg > float64(runtime.NumCPU()) {
		note(rep, "load average %.1f exceeds the %d CPUs: something else is running, times are inflated", m.LoadAvg, runtime.NumCPU())
	}

	fmt.Println("== app.wasm sizes")
	s, err := wasmSizes(filepath.Join(o.web, "app.wasm"))
	if err != nil {
		return err
	}
	rep.Sizes = s
	fmt.Printf("   raw %s, gzip -9 %s, brotli -q 11 %s%s\n", mb(s.Raw), mb(s.Gzip), mb(s.Brotli), s.note())

	ctx := context.Background()
	var cleanups []func()
	defer func() {
		for i := len(cleanups) - 1; i >= 0; i-- {
			cleanups[i]()
		}
	}()

	if o.browser {
		ours, err := startOurs(o)
		if err != nil {
			return err
		}
		cleanups = append(cleanups, ours.stop)
		var floor *server
		if o.floor {
			fmt.Println("== building the floor (minimal go-app page)")
			dir, fs, err := buildFloor(o.root)
			if dir != "" {
				cleanups = append(cleanups, func() { os.RemoveAll(dir) })
			}
			if err != nil {
				return err
			}
			rep.Floor = &fs
			fmt.Printf("   floor app.wasm raw %s, gzip %s, brotli %s\n", mb(fs.Raw), mb(fs.Gzip), mb(fs.Brotli))
			if floor, err = startFloor(dir); err != nil {
				return err
			}
			cleanups = append(cleanups, floor.stop)
		}
		if err := measureBrowser(ctx, o, rep, ours, floor); err != nil {
			return err
		}
	}
	if o.gobench {
		fmt.Println("== Go benchmarks: go test -run '^$' -bench . -benchmem ./calc ./app/estimate ./app/chart")
		b, err := runGoBench(o.root)
		if err != nil {
			return err
		}
		rep.GoBench = b
	}
	printTable(rep)
	fmt.Printf("(bench took %s)\n", time.Since(start).Round(time.Second))
	if o.jsonOut != "" {
		b, _ := json.MarshalIndent(rep, "", "  ")
		if err := os.WriteFile(o.jsonOut, append(b, '\n'), 0o644); err != nil {
			return err
		}
	}
	return nil
}

func note(rep *report, format string, args ...any) {
	s := fmt.Sprintf(format, args...)
	rep.Notes = append(rep.Notes, s)
	fmt.Println("   note: " + s)
}

// repoRoot walks up to the go.mod of module wattledger.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := dir; ; d = filepath.Dir(d) {
		b, err := os.ReadFile(filepath.Join(d, "go.mod"))
		if err == nil && strings.HasPrefix(strings.TrimSpace(string(b)), "module wattledger") {
			return d, nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("no go.mod of module wattledger above %s", dir)
		}
	}
}

func mb(n int64) string { return fmt.Sprintf("%.2f MB", float64(n)/1e6) }
