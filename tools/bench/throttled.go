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

// readerDelay is how long the bench's second visitor reads before typing:
// long enough on this machine for the module to have arrived and boot.js's
// worker to have warmed it (app/ui/warm-up.go), which the first visitor,
// typing at the first frame, does not wait for.
const readerDelay = 3 * time.Second

// measureThrottled times, on a CPU throttled cpuSlowdown×, the first input
// of a cold load over o.runs loads, typed as soon as the form is on screen
// (before the WebAssembly runs) and, in other loads, after reading for
// readerDelay, each until the number changes; then throttledChanges later
// inputs on a ready page.
func measureThrottled(ctx context.Context, o options, rep *report, ours *server) error {
	fmt.Printf("== on a %d× throttled CPU: the first input of %d cold loads typed at once and of %d typed after %v, then %d inputs\n",
		cpuSlowdown, o.runs, o.runs, readerDelay, throttledChanges)
	url := ours.url + updatePath
	for _, c := range []struct {
		what  string
		delay time.Duration
		into  *stat
	}{
		{"first input → #energy", 0, &rep.ThrottledFirst},
		{"first input after reading → #energy", readerDelay, &rep.ThrottledFirstReader},
	} {
		var firsts []float64
		lost := 0
		for range o.runs {
			t, err := firstInput(ctx, url, c.delay)
			if err != nil {
				return err
			}
			if t < 0 {
				lost++
				continue
			}
			firsts = append(firsts, t)
		}
		*c.into = summarise(firsts)
		if lost > 0 {
			note(rep, "throttled: %d of %d first inputs (%s) were lost (the number never changed)", lost, o.runs, c.what)
		}
		fmt.Printf("   %s: %s (%d lost)\n", c.what, *c.into, lost)
	}

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

// firstInput loads url cold in a new, throttled Chromium, types delay
// after the first frame, and returns the first input's wait in ms
// (first-input.js), or -1 if it was lost.
func firstInput(ctx context.Context, url string, delay time.Duration) (float64, error) {
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
		_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
			Source: fmt.Sprintf("window.__firstInputDelay = %d;\n%s", delay.Milliseconds(), firstInputJS)})
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
