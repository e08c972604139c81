//go:build !js

package browsertest

import (
	"testing"
)

// TestWorkerWarmsTheModule checks the warm-up of app.wasm in boot.js's
// worker (app/ui/warm-up.go): Go runs there to its end without a page
// (no package initialiser may reach for the DOM), on every kind of page
// and on a link with hostile values, and the page's Go, started after
// it, runs as before.
func TestWorkerWarmsTheModule(t *testing.T) {
	requireBrowser(t)
	t.Parallel()
	for _, path := range []string{
		"/?preset=gpt-3",
		"/zh/embed/?preset=gpt-3&view=result",
		"/zh/power/",
		"/?preset=%3Cscript%3E&n=%ff%00&hours=-1e999",
	} {
		t.Run(path, func(t *testing.T) {
			tb := newTab(t)
			tb.openUntouched(suite.goURL + path)
			tb.poll(readyTimeout, `performance.getEntriesByName("wasm-warmed").length > 0`, "the worker to end its warm-up")
			warmed := eval[struct {
				MS    float64 `json:"ms"`
				Error string  `json:"error"`
			}](tb, `(() => { const d = performance.getEntriesByName("wasm-warmed")[0].detail || {}; return { ms: d.warmed ?? -1, error: d.error ?? "" }; })()`)
			if warmed.MS <= 0 {
				tb.fatalf("the worker's warm-up failed (%g ms): %s", warmed.MS, warmed.Error)
			}
			tb.touch()
			tb.waitReady()
			tb.expectNoProblems("after the warm-up and Go's start")
		})
	}
}
