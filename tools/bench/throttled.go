//go:build !js

package main

import (
	"context"
	_ "embed"
	"fmt"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"wattledger/internal/chrome"
)

//go:embed js/first-input.js
var firstInputJS string

// cpuSlowdown is DevTools' CPU throttling for the throttled figures: the
// rate of Lighthouse's mobile configuration, a mid-range phone.
const cpuSlowdown = 4

// throttledChanges is how many later inputs the throttled bench times.
const throttledChanges = 50

// measureThrottled times, on a CPU throttled cpuSlowdown×, the first input
// of a cold load (typed as soon as the form is on screen, before the
// WebAssembly runs, until the number changes) over o.runs loads, then
// throttledChanges later inputs on a ready page.
func measureThrottled(ctx context.Context, o options, rep *report, ours *server) error {
	fmt.Printf("== on a %d× throttled CPU: the first input of %d cold loads, then %d inputs\n", cpuSlowdown, o.runs, throttledChanges)
	url := ours.url + updatePath
	var firsts []float64
	lost := 0
	for range o.runs {
		t, err := firstInput(ctx, url)
		if err != nil {
			return err
		}
		if t < 0 {
			lost++
			continue
		}
		firsts = append(firsts, t)
	}
	rep.ThrottledFirst = summarise(firsts)
	if lost > 0 {
		note(rep, "throttled: %d of %d first inputs typed before the start were lost (the number never changed)", lost, o.runs)
	}
	fmt.Printf("   first input → #energy: %s (%d lost)\n", rep.ThrottledFirst, lost)

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
	if err := throttle(tab); err != nil {
		return err
	}
	if err := instrument(tab, true, true); err != nil {
		return err
	}
	if _, err := load(tab, chromedp.Navigate(url), url); err != nil {
		return err
	}
	uctx, ucancel := context.WithTimeout(tab, 5*time.Minute)
	defer ucancel()
	if err := chromedp.Do(uctx, chromedp.Sleep(time.Second)); err != nil {
		return err
	}
	type updates struct {
		Results []float64 `json:"results"`
		Charts  []float64 `json:"charts"`
	}
	u, err := chromedp.Run(uctx, chromedp.Evaluate[updates](fmt.Sprintf("(%s)(%d)", updatesJS, throttledChanges), chromedp.EvalAwaitPromise))
	if err != nil {
		return fmt.Errorf("throttled input changes: %w", err)
	}
	rep.ThrottledResults, rep.ThrottledCharts = summarise(u.Results), summarise(u.Charts)
	fmt.Printf("   later inputs → #energy: %s\n   later inputs → charts: %s\n", rep.ThrottledResults, rep.ThrottledCharts)
	return nil
}

// firstInput loads url cold in a new, throttled Chromium and returns the
// first input's wait in ms (first-input.js), or -1 if it was lost.
func firstInput(ctx context.Context, url string) (float64, error) {
	a, err := chrome.New(ctx, chrome.Config{})
	if err != nil {
		return 0, err
	}
	defer a.Close()
	start, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	tab, err := a.Start(start)
	if err != nil {
		return 0, err
	}
	if err := throttle(tab); err != nil {
		return 0, err
	}
	if err := chromedp.Do(tab, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: firstInputJS})
		return err
	})); err != nil {
		return 0, err
	}
	if err := instrument(tab, true, false); err != nil {
		return 0, err
	}
	if _, err := load(tab, chromedp.Navigate(url), url); err != nil {
		return 0, err
	}
	// The page is ready; a number the input changed has been painted by
	// now, unless the input was lost. Give it a second more.
	wctx, wcancel := context.WithTimeout(tab, 10*time.Second)
	defer wcancel()
	t, err := chromedp.Run(wctx, chromedp.Evaluate[float64](`new Promise((resolve) => {
		const end = performance.now() + 1000;
		const check = () => window.__first.t ? resolve(window.__first.t - window.__first.t0) :
			performance.now() > end ? resolve(-1) : setTimeout(check, 20);
		check();
	})`, chromedp.EvalAwaitPromise))
	if err != nil {
		return 0, fmt.Errorf("reading the first input's time: %w", err)
	}
	return t, nil
}

// throttle slows the tab's CPU by cpuSlowdown, as DevTools does.
func throttle(tab context.Context) error {
	return chromedp.Do(tab, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: cpuSlowdown})
		return err
	}))
}
