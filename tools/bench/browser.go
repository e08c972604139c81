//go:build !js

package main

import (
	"context"
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"wattledger/internal/chrome"
)

var (
	//go:embed js/instrument.js
	instrumentJS string
	//go:embed js/updates.js
	updatesJS string
)

// The pages measured. queryPath is a non-default link: the server
// prerenders its numbers, so they are correct from the first paint.
const (
	queryPath  = "/?preset=llama-3.1-405b&region=CHN"
	updatePath = "/?preset=gpt-3&method=hardware"
	loadWait   = 60 * time.Second
)

// sample is what instrument.js's summary returns for one load.
type sample struct {
	T          map[string]float64 `json:"t"`
	How        string             `json:"how"`
	Pre        *numberState       `json:"pre"`
	Final      *numberState       `json:"final"`
	Controlled bool               `json:"controlled"`
	Total      int64              `json:"total"`
	Count      int                `json:"count"`
	Wasm       *struct {
		Start, End                 float64
		Transfer, Encoded, Decoded int64
		Worker                     bool
	} `json:"wasm"`
	Nav *struct {
		TTFB        float64 `json:"ttfb"`
		Interactive float64 `json:"interactive"`
		DCL         float64 `json:"dcl"`
		Load        float64 `json:"load"`
		Transfer    int64   `json:"transfer"`
		Worker      bool    `json:"worker"`
	} `json:"nav"`
	Resources []struct {
		Name     string `json:"name"`
		Transfer int64  `json:"transfer"`
		Encoded  int64  `json:"encoded"`
	} `json:"resources"`
}

type numberState struct {
	KWh     *string `json:"kwh"`
	Text    string  `json:"text"`
	Pending bool    `json:"pending"`
	Ready   bool    `json:"ready"`
}

func (s *sample) ready() float64 { return s.T["ready"] }

// visitBytes is a first visit as the browser counted it.
type visitBytes struct {
	Total     int64            `json:"total"`
	Requests  int              `json:"requests"`
	Wasm      int64            `json:"wasm"`
	Resources map[string]int64 `json:"resources"`
}

// coldSplit divides one cold load into its steps, each a time since the
// navigation's start: the HTML's first byte, app.wasm's first and last
// byte, the module compiled and instantiated (streaming compilation
// overlaps the download), the Go main function started (runtime and
// package init done) and ready (routing, first render, first result).
type coldSplit struct {
	TTFB         float64 `json:"ttfb"`
	WasmStart    float64 `json:"wasm_start"`
	WasmEnd      float64 `json:"wasm_end"`
	Compiled     float64 `json:"compiled"` // web/boot.js's module, when the page has one
	Parsed       float64 `json:"parsed"`   // the HTML parsed (domInteractive)
	Loader       float64 `json:"loader"`   // the app's loader started instantiating
	Instantiated float64 `json:"instantiated"`
	GoMain       float64 `json:"go_main"`
	Ready        float64 `json:"ready"`
}

func (s *sample) split() coldSplit {
	c := coldSplit{Compiled: s.T["wasm-compiled"], Loader: s.T["loader-started"],
		Instantiated: s.T["instantiated"], GoMain: s.T["go-main"], Ready: s.ready()}
	if s.Nav != nil {
		c.TTFB, c.Parsed = s.Nav.TTFB, s.Nav.Interactive
	}
	if s.Wasm != nil {
		c.WasmStart, c.WasmEnd = s.Wasm.Start, s.Wasm.End
	}
	return c
}

func (c coldSplit) String() string {
	s := fmt.Sprintf("HTML %s–%s, app.wasm %s–%s", ms(c.TTFB), ms(c.Parsed), ms(c.WasmStart), ms(c.WasmEnd))
	if c.Compiled > 0 {
		s += ", compiled " + ms(c.Compiled)
	}
	if c.Loader > 0 {
		s += ", loader " + ms(c.Loader)
	}
	return s + fmt.Sprintf(", instantiated %s, Go main %s, ready %s", ms(c.Instantiated), ms(c.GoMain), ms(c.Ready))
}

// coldParts holds the split of the median cold load of "/" and of the
// floor's.
type coldParts struct {
	Ours  coldSplit `json:"ours"`
	Floor coldSplit `json:"floor"`
}

func measureBrowser(ctx context.Context, o options, rep *report, ours, floor *server) error {
	if o.throttledOnly {
		return measureThrottled(ctx, o, rep, ours)
	}
	fmt.Printf("== cold loads: %d × (%s, %s", o.runs, "/", queryPath)
	if floor != nil {
		fmt.Print(", floor /")
	}
	fmt.Println("), each in a new Chromium with a fresh profile")
	// One discarded load warms the OS caches (Chromium's binary, the wasm
	// file) so the first sample is not an outlier.
	if _, err := coldLoad(ctx, ours.url+"/", true); err != nil {
		return err
	}
	var cold, coldQ, floorS []*sample
	for i := range o.runs {
		// Rotate the order so drift (thermal, other load) spreads evenly.
		jobs := []func() error{
			func() error { s, err := coldLoad(ctx, ours.url+"/", true); cold = append(cold, s); return err },
			func() error { s, err := coldLoad(ctx, ours.url+queryPath, true); coldQ = append(coldQ, s); return err },
		}
		if floor != nil {
			jobs = append(jobs, func() error { s, err := coldLoad(ctx, floor.url+"/", false); floorS = append(floorS, s); return err })
		}
		for j := range jobs {
			if err := jobs[(i+j)%len(jobs)](); err != nil {
				return err
			}
		}
		fmt.Printf("   run %d: / %s, query %s", i+1, ms(cold[i].ready()), ms(coldQ[i].ready()))
		if floor != nil {
			fmt.Printf(", floor %s", ms(floorS[i].ready()))
		}
		fmt.Printf("\n      / %s\n", cold[i].split())
		if floor != nil {
			fmt.Printf("      floor %s\n", floorS[i].split())
		}
	}
	rep.Cold = summarise(pick(cold, (*sample).ready))
	rep.ColdQuery = summarise(pick(coldQ, (*sample).ready))
	rep.FCP = summarise(pick(coldQ, func(s *sample) float64 { return s.T["first-contentful-paint"] }))
	// The number's paint: Element Timing's renderTime of #energy .value;
	// where it gives none, the later of first-contentful-paint and the
	// first animation frame with the number in the DOM.
	missing := 0
	rep.NumberPaint = summarise(pick(coldQ, func(s *sample) float64 {
		if t := s.T["energyPaint"]; t > 0 {
			return t
		}
		missing++
		return max(s.T["first-contentful-paint"], s.T["energyFrame"])
	}))
	if missing > 0 {
		note(rep, "Element Timing gave no paint of #energy in %d of %d loads: max(FCP, first frame with the number) used there", missing, len(coldQ))
	}
	rep.PrerenderOK = checkPrerender(coldQ)
	fmt.Printf("   prerendered number of %s: %s\n", queryPath, rep.PrerenderOK)
	if floor != nil {
		rep.FloorCold = summarise(pick(floorS, (*sample).ready))
		rep.Ratio = rep.Cold.Median / rep.FloorCold.Median
	}
	rep.FirstVisit = firstVisit(cold)
	rep.ColdParts.Ours = medianSample(cold).split()
	if floor != nil {
		rep.ColdParts.Floor = medianSample(floorS).split()
	}

	if !o.updates {
		return nil
	}
	fmt.Printf("== warm reloads (service worker) and %d input changes, in one Chromium\n", o.changes)
	if err := warmAndUpdates(ctx, o, rep, ours); err != nil {
		return err
	}
	return measureThrottled(ctx, o, rep, ours)
}

// coldLoad loads url in a new browser with a fresh profile (no HTTP cache,
// no service worker, no code cache) and returns the page's summary.
func coldLoad(ctx context.Context, url string, wantEnergy bool) (*sample, error) {
	a, err := chrome.New(ctx, chrome.Config{})
	if err != nil {
		return nil, err
	}
	defer a.Close()
	start, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	tab, err := a.Start(start)
	if err != nil {
		return nil, err
	}
	if err := instrument(tab, wantEnergy, true); err != nil {
		return nil, err
	}
	return load(tab, chromedp.Navigate(url), url)
}

// instrument installs instrument.js in every later document of the tab.
func instrument(tab context.Context, wantEnergy, tap bool) error {
	src := strings.Replace(instrumentJS, "__WANT_ENERGY__", strconv.FormatBool(wantEnergy), 1)
	src = strings.Replace(src, "__TAP__", strconv.FormatBool(tap), 1)
	return chromedp.Do(tab, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: src})
		return err
	}))
}

// load runs nav (a navigation or a reload), waits for the page to be ready
// and returns its summary.
func load(tab context.Context, nav chromedp.Action[chromedp.Void], url string) (*sample, error) {
	ctx, cancel := context.WithTimeout(tab, loadWait)
	defer cancel()
	if err := chromedp.Do(ctx, nav); err != nil {
		return nil, fmt.Errorf("loading %s: %w", url, err)
	}
	s, err := chromedp.Run(ctx, chromedp.Evaluate[*sample](`window.__bench.done.then(() => window.__bench.summary())`, chromedp.EvalAwaitPromise))
	if err != nil {
		return nil, fmt.Errorf("%s did not become ready within %s: %w", url, loadWait, err)
	}
	return s, nil
}

func warmAndUpdates(ctx context.Context, o options, rep *report, ours *server) error {
	a, err := chrome.New(ctx, chrome.Config{})
	if err != nil {
		return err
	}
	defer a.Close()
	start, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	tab, err := a.Start(start)
	if err != nil {
		return err
	}
	if err := instrument(tab, true, true); err != nil {
		return err
	}
	url := ours.url + "/"
	if _, err := load(tab, chromedp.Navigate(url), url); err != nil {
		return err
	}
	// The worker installs (precaching every page) and claims the page.
	wctx, wcancel := context.WithTimeout(tab, time.Minute)
	controlled, err := chromedp.Run(wctx, chromedp.Evaluate[bool](`new Promise((resolve) => {
		const sw = navigator.serviceWorker;
		if (!sw) return resolve(false);
		if (sw.controller) return resolve(true);
		sw.addEventListener("controllerchange", () => resolve(true));
		setTimeout(() => resolve(!!sw.controller), 45000);
	})`, chromedp.EvalAwaitPromise))
	wcancel()
	if err != nil {
		return fmt.Errorf("waiting for the service worker: %w", err)
	}
	if !controlled {
		note(rep, "the service worker did not take control of the page within 45 s")
	}
	var warm []*sample
	fromSW := 0
	for range o.runs {
		s, err := load(tab, chromedp.Reload(), url+" (reload)")
		if err != nil {
			return err
		}
		warm = append(warm, s)
		if s.Controlled && s.Nav != nil && s.Nav.Worker && s.Wasm != nil && s.Wasm.Worker {
			fromSW++
		}
	}
	rep.Warm = summarise(pick(warm, (*sample).ready))
	rep.WarmFromSW = fmt.Sprintf("%d/%d reloads had the page and app.wasm from the service worker", fromSW, len(warm))
	fmt.Printf("   warm reload: %s; %s\n", rep.Warm, rep.WarmFromSW)

	url = ours.url + updatePath
	if _, err := load(tab, chromedp.Navigate(url), url); err != nil {
		return err
	}
	uctx, ucancel := context.WithTimeout(tab, 5*time.Minute)
	defer ucancel()
	// The charts draw after mounting, staggered; start from a quiet page.
	if _, err := chromedp.Run(uctx, chromedp.Poll[bool](`document.querySelectorAll(".charts .chart").length > 0 && document.querySelectorAll(".charts .chart:not(:has(svg))").length === 0`, chromedp.WithPollingTimeout(30*time.Second))); err != nil {
		return fmt.Errorf("the charts did not appear on %s: %w", url, err)
	}
	if err := chromedp.Do(uctx, chromedp.Sleep(500*time.Millisecond)); err != nil {
		return err
	}
	type updates struct {
		Results  []float64 `json:"results"`
		Pages    []float64 `json:"pages"`
		Charts   []float64 `json:"charts"`
		Timeouts int       `json:"timeouts"`
	}
	u, err := chromedp.Run(uctx, chromedp.Evaluate[updates](fmt.Sprintf("(%s)(%d)", updatesJS, o.changes), chromedp.EvalAwaitPromise))
	if err != nil {
		return fmt.Errorf("input changes: %w", err)
	}
	rep.Results, rep.Pages, rep.Charts, rep.ChartTimeouts = summarise(u.Results), summarise(u.Pages), summarise(u.Charts), u.Timeouts
	if u.Timeouts > 0 {
		note(rep, "%d of %d changes did not update the number and every chart within 3 s", u.Timeouts, o.changes)
	}
	fmt.Printf("   input → result: %s\n   input → page re-rendered: %s\n   input → charts: %s\n", rep.Results, rep.Pages, rep.Charts)
	return nil
}

// checkPrerender compares the number in the prerendered HTML with the one
// the WebAssembly computed, in every sample.
func checkPrerender(ss []*sample) string {
	bad := 0
	var pre, final string
	for _, s := range ss {
		if s.Pre == nil || s.Final == nil || s.Pre.KWh == nil || s.Final.KWh == nil {
			bad++
			continue
		}
		pre, final = *s.Pre.KWh, *s.Final.KWh
		if pre != final || s.Pre.Text != s.Final.Text || s.Pre.Pending {
			bad++
		}
	}
	if bad > 0 {
		return fmt.Sprintf("MISMATCH in %d of %d loads (prerendered %q, computed %q)", bad, len(ss), pre, final)
	}
	return fmt.Sprintf("ok: prerendered = computed = %s kWh, shown at once (not pending)", final)
}

func firstVisit(ss []*sample) *visitBytes {
	s := medianBy(ss, func(s *sample) float64 { return float64(s.Total) })
	v := &visitBytes{Total: s.Total, Requests: s.Count, Resources: map[string]int64{}}
	if s.Wasm != nil {
		v.Wasm = s.Wasm.Transfer
	}
	for _, r := range s.Resources {
		name := r.Name
		if i := strings.Index(name, "://"); i >= 0 {
			if j := strings.Index(name[i+3:], "/"); j >= 0 {
				name = name[i+3+j:]
			}
		}
		v.Resources[name] += r.Transfer
	}
	return v
}

func pick(ss []*sample, f func(*sample) float64) []float64 {
	out := make([]float64, 0, len(ss))
	for _, s := range ss {
		out = append(out, f(s))
	}
	return out
}

func medianSample(ss []*sample) *sample { return medianBy(ss, (*sample).ready) }

func medianBy(ss []*sample, f func(*sample) float64) *sample {
	best, bestD := ss[0], -1.0
	m := summarise(pick(ss, f)).Median
	for _, s := range ss {
		d := f(s) - m
		if d < 0 {
			d = -d
		}
		if bestD < 0 || d < bestD {
			best, bestD = s, d
		}
	}
	return best
}
