//go:build !js

// Command wasmprof shows where a page's time goes in headless Chromium:
//
//   - by default it loads the page cold with the V8 CPU profiler on and
//     prints the main thread's time by function, self and inclusive (-incl
//     lists the functions matching some substrings);
//   - with -type N it loads the page, then profiles N changes of #in-n;
//   - with -trace FILE it records a Chrome trace of the cold load instead
//     (open it in Perfetto or chrome://tracing).
//
// Serve a wasm built without -s -w so function names survive; BENCH.md
// has the commands. The profiles guided the cold-load work there.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/cdp/jsonv2"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"

	"wattledger/internal/chrome"
)

func main() {
	url := flag.String("url", "http://127.0.0.1:8090/", "page")
	top := flag.Int("top", 40, "rows")
	match := flag.String("incl", "", "comma-separated substrings: print inclusive times of matching functions")
	typing := flag.Int("type", 0, "profile this many input changes of #in-n after the page is ready, instead of the load")
	traceOut := flag.String("trace", "", "record a Chrome trace (JSON) of the load into this file instead of a CPU profile")
	save := flag.String("save", "", "also write the CPU profile into this file (.cpuprofile, for DevTools)")
	flag.Parse()
	ctx := context.Background()
	a, err := chrome.New(ctx, chrome.Config{})
	if err != nil {
		log.Fatal(err)
	}
	defer a.Close()
	tab, err := a.Start(ctx)
	if err != nil {
		log.Fatal(err)
	}
	if *traceOut != "" {
		if err := traceLoad(tab, *url, *traceOut); err != nil {
			log.Fatal(err)
		}
		return
	}
	// Go starts at a visitor's first touch (app/site/boot.js): the load
	// profiled is a visitor's who taps the page as soon as it is parsed.
	err = chromedp.Do(tab, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `
			document.addEventListener("DOMContentLoaded", () => {
				document.documentElement.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true }));
				document.documentElement.dispatchEvent(new MouseEvent("click", { bubbles: true }));
			});`})
		return err
	}))
	if err != nil {
		log.Fatal(err)
	}
	if *typing > 0 {
		if err := chromedp.Do(tab, chromedp.Navigate(*url)); err != nil {
			log.Fatal(err)
		}
		wctx, cancel := context.WithTimeout(tab, time.Minute)
		_, err := chromedp.Run(wctx, chromedp.Evaluate[bool](`new Promise((res) => {
			const f = () => document.documentElement.getAttribute("data-app") === "ready" ? setTimeout(() => res(true), 1500) : setTimeout(f, 5);
			f();
		})`, chromedp.EvalAwaitPromise))
		cancel()
		if err != nil {
			log.Fatal(err)
		}
	}
	var prof *profiler.Profile
	var ready float64
	err = chromedp.Do(tab, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		if _, err := cdp.Call(ctx, t, profiler.Enable, cdp.Empty{}); err != nil {
			return err
		}
		if _, err := cdp.Call(ctx, t, profiler.SetSamplingInterval, profiler.SetSamplingIntervalParams{Interval: 200}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, t, profiler.Start, cdp.Empty{})
		return err
	}))
	if err != nil {
		log.Fatal(err)
	}
	if *typing > 0 {
		ready, err = chromedp.Run(tab, chromedp.Evaluate[float64](fmt.Sprintf(`new Promise(async (res) => {
			const el = document.getElementById("in-n"), t0 = performance.now();
			for (let i = 0; i < %d; i++) {
				el.value = String(i %% 2 ? 1000 : 8000);
				el.dispatchEvent(new Event("input", { bubbles: true }));
				await new Promise((r) => setTimeout(r, 40));
			}
			res(performance.now() - t0);
		})`, *typing), chromedp.EvalAwaitPromise))
		if err != nil {
			log.Fatal(err)
		}
	} else if err := chromedp.Do(tab, chromedp.Navigate(*url)); err != nil {
		log.Fatal(err)
	}
	ready, err = waitReady(tab)
	if err != nil {
		log.Fatal(err)
	}
	marks, _ := chromedp.Run(tab, chromedp.Evaluate[string](`JSON.stringify(performance.getEntriesByType("mark").map(m => [m.name, Math.round(m.startTime)]))`))
	err = chromedp.Do(tab, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		r, err := cdp.Call(ctx, t, profiler.Stop, cdp.Empty{})
		prof = r.Profile
		return err
	}))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("ready %.0f ms, marks %s\n", ready, marks)
	if *save != "" {
		b, err := json.Marshal(prof)
		if err == nil {
			err = os.WriteFile(*save, b, 0o644)
		}
		if err != nil {
			log.Fatal(err)
		}
	}
	report(prof, *top, *match)
}

func name(n *profiler.ProfileNode) string {
	f := n.CallFrame
	s := f.FunctionName
	if s == "" {
		s = "(anon)"
	}
	u := f.URL
	if i := strings.LastIndex(u, "/"); i >= 0 {
		u = u[i+1:]
	}
	if u != "" && !strings.HasSuffix(u, ".wasm") {
		s += " [" + u + "]"
	}
	return s
}

func report(p *profiler.Profile, top int, match string) {
	byID := map[int64]*profiler.ProfileNode{}
	parent := map[int64]int64{}
	for _, n := range p.Nodes {
		byID[n.ID] = n
		for _, c := range n.Children {
			parent[c] = n.ID
		}
	}
	self := map[string]float64{}
	incl := map[string]float64{}
	var total float64
	for i, id := range p.Samples {
		dt := float64(0)
		if i+1 < len(p.TimeDeltas) {
			dt = float64(p.TimeDeltas[i+1]) / 1000
		}
		total += dt
		n := byID[id]
		self[name(n)] += dt
		seen := map[string]bool{}
		for x := id; ; {
			nm := name(byID[x])
			if !seen[nm] {
				incl[nm] += dt
				seen[nm] = true
			}
			px, ok := parent[x]
			if !ok {
				break
			}
			x = px
		}
	}
	fmt.Printf("total %.0f ms\n-- self\n", total)
	printTop(self, top)
	fmt.Println("-- inclusive")
	printTop(incl, top)
	if match != "" {
		fmt.Println("-- matched inclusive")
		for k, v := range incl {
			for _, m := range strings.Split(match, ",") {
				if strings.Contains(k, m) && v > 2 {
					fmt.Printf("%8.1f  %s\n", v, k)
					break
				}
			}
		}
	}
}

func printTop(m map[string]float64, top int) {
	type kv struct {
		k string
		v float64
	}
	var s []kv
	for k, v := range m {
		s = append(s, kv{k, v})
	}
	sort.Slice(s, func(i, j int) bool { return s[i].v > s[j].v })
	for i, x := range s {
		if i >= top {
			break
		}
		fmt.Printf("%8.1f  %s\n", x.v, x.k)
	}
}

// traceLoad records a trace of the load until the page is ready and writes
// its events as a JSON array (open it in chrome://tracing or Perfetto).
func traceLoad(tab context.Context, url, out string) error {
	var events []jsonv2.Value
	done := make(chan struct{})
	err := chromedp.Do(tab, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		go func() {
			for ev, err := range cdp.Events(tab, t, tracing.DataCollected) {
				if err != nil {
					return
				}
				events = append(events, ev.Value...)
			}
		}()
		go func() {
			for _, err := range cdp.Events(tab, t, tracing.TracingComplete) {
				if err == nil {
					close(done)
				}
				return
			}
		}()
		_, err := cdp.Call(ctx, t, tracing.Start, tracing.StartParams{TraceConfig: &tracing.TraceConfig{
			IncludedCategories: []string{"devtools.timeline", "v8", "v8.wasm", "disabled-by-default-v8.compile", "blink", "loading", "toplevel", "blink.user_timing", "disabled-by-default-devtools.timeline", "disabled-by-default-v8.wasm.detailed", "disabled-by-default-v8.wasm.turbofan"},
		}})
		return err
	}))
	if err != nil {
		return err
	}
	if err := chromedp.Do(tab, chromedp.Navigate(url)); err != nil {
		return err
	}
	if _, err = waitReady(tab); err != nil {
		return err
	}
	err = chromedp.Do(tab, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, tracing.End, cdp.Empty{})
		return err
	}))
	if err != nil {
		return err
	}
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		return fmt.Errorf("trace did not complete")
	}
	time.Sleep(200 * time.Millisecond)
	b, err := json.Marshal(events)
	if err != nil {
		return err
	}
	return os.WriteFile(out, b, 0o644)
}

// waitReady waits up to a minute for <html data-app="ready"> and returns
// the page's performance.now() at that moment.
func waitReady(tab context.Context) (float64, error) {
	wctx, cancel := context.WithTimeout(tab, time.Minute)
	defer cancel()
	return chromedp.Run(wctx, chromedp.Evaluate[float64](`new Promise((res) => {
		const f = () => document.documentElement.getAttribute("data-app") === "ready" ? res(performance.now()) : setTimeout(f, 5);
		f();
	})`, chromedp.EvalAwaitPromise))
}
