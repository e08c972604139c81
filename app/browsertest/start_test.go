//go:build !js

package browsertest

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"wattledger/content"
)

// TestGoStartsAtFirstTouch checks the deferred start (issue 19): a visitor
// who only reads never runs Go (no long task of its start, no loading
// pill) yet gets the service worker for offline use; the first press of a
// button, which also starts Go, is not lost but acted on once the button
// is live; and a share link whose numbers the server did not render
// starts Go at once.
func TestGoStartsAtFirstTouch(t *testing.T) {
	requireBrowser(t)
	t.Parallel()
	for _, lang := range []content.Lang{content.English, content.Chinese} {
		t.Run(string(lang), func(t *testing.T) {
			tb := newTab(t)
			tb.openUntouched(suite.goURL + lang.PathPrefix() + "/?preset=gpt-3")
			// The module arrives and the worker registers while nobody
			// touches the page.
			eval[bool](tb, `(window.__reg = false, navigator.serviceWorker.ready.then(() => { window.__reg = true; }), true)`)
			tb.poll(readyTimeout, `window.__reg === true`, "the service worker to be registered without a touch")
			time.Sleep(time.Second)
			idle := eval[struct {
				App     string `json:"app"`
				GoMain  bool   `json:"goMain"`
				Waiting bool   `json:"waiting"`
				Pill    string `json:"pill"`
				KWh     string `json:"kwh"`
			}](tb, `({
				app: document.documentElement.dataset.app ?? "",
				goMain: performance.getEntriesByName("go-main").length > 0,
				waiting: document.documentElement.classList.contains("wasm-waiting"),
				pill: getComputedStyle(document.getElementById("app-wasm-loader")).display,
				kwh: document.querySelector("#energy").dataset.kwh ?? "",
			})`)
			if idle.App == "ready" || idle.GoMain {
				tb.errorf("Go started before any touch (data-app %q, go-main mark %v)", idle.App, idle.GoMain)
			}
			if !idle.Waiting || idle.Pill != "none" {
				tb.errorf("before a touch: html.wasm-waiting %v and the loading pill's display %q, want the pill hidden", idle.Waiting, idle.Pill)
			}
			if idle.KWh == "" {
				tb.errorf("the prerendered #energy has no data-kwh before Go starts")
			}

			run(tb, stepTimeout, "pressing Share before Go runs", chromedp.Click(chromedp.CSS("#share-open")))
			tb.waitReady()
			tb.settle(`document.querySelector("#share-dialog[open]") !== null`, "the share dialog the early press asked for")
			if n := eval[int](tb, `document.querySelectorAll("#share-dialog[open]").length`); n != 1 {
				tb.errorf("%d share dialogs open after one early press, want 1", n)
			}
		})
	}

	t.Run("link", func(t *testing.T) {
		// The static export serves one page for every query: a share
		// link's numbers are not the ones rendered, guard.js hides them,
		// and Go must compute them without waiting for a touch.
		tb := newTab(t)
		tb.openUntouched(suite.staticURL + "/?preset=gpt-3&n=2048")
		tb.waitReady()
		if n := eval[string](tb, `document.querySelector("#in-n").value`); n != "2048" {
			tb.errorf("#in-n shows %q after an untouched load of n=2048, want 2048", n)
		}
	})
}

// TestNoShiftOnArrival loads pages on a 412 px phone with its CPU 4×
// slower, as Lighthouse does, and nobody touching them: what the browser
// paints before it has parsed the whole page must not move when the rest
// arrives (cumulative layout shift under 0.05; Lighthouse counts 0.1 as
// poor). The widget once painted its form first and its answer above it
// later: a shift of 0.6.
func TestNoShiftOnArrival(t *testing.T) {
	requireBrowser(t)
	t.Parallel()
	tb := newTab(t)
	run(tb, stepTimeout, "emulating a phone", chromedp.EmulateViewport(412, 823, chromedp.EmulateMobile))
	run(tb, stepTimeout, "slowing its CPU 4×",
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			if _, err := cdp.Call(ctx, tg, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: 4}); err != nil {
				return err
			}
			_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `
				window.__shifts = [];
				new PerformanceObserver((list) => {
					for (const e of list.getEntries()) {
						const moved = e.sources.map((s) => s.node ? (s.node.id || s.node.className || s.node.nodeName) : "?").join(", ");
						window.__shifts.push({ value: e.value, moved });
					}
				}).observe({ type: "layout-shift", buffered: true });`})
			return err
		}))
	for _, p := range []string{"/embed/?preset=gpt-3&view=result", "/zh/embed/?preset=llama-2-70b&view=result", "/?preset=gpt-3", "/zh/power/"} {
		tb.openUntouched(suite.goURL + p)
		time.Sleep(2 * time.Second)
		type shift struct {
			Value float64 `json:"value"`
			Moved string  `json:"moved"`
		}
		var total float64
		var moved []string
		for _, s := range eval[[]shift](tb, `window.__shifts`) {
			total += s.Value
			moved = append(moved, s.Moved)
		}
		if total >= 0.05 {
			tb.errorf("%s: the layout shifted by %.3f while it arrived (moved: %v)", p, total, moved)
		}
	}
}
