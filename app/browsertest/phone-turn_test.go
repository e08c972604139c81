//go:build !js

package browsertest

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// TestChartsFollowAPhoneTurn: after an input the browser draws each chart
// only in the layout its box's width needs (a phone's, at 375 px). When
// a tablet turns so that the charts cross dom.ChartPhoneWidth, they must
// be drawn again in the desktop layout, not the phone drawing stretched to
// the new width; and back, also where a wider window puts the charts in
// two narrow columns. Both the calculator and the power planner.
func TestChartsFollowAPhoneTurn(t *testing.T) {
	requireBrowser(t)
	t.Parallel()
	for _, c := range []struct{ name, path, field, value string }{
		{"calculator", "/?preset=gpt-3&method=hardware", "#in-n", "2048"},
		{"power", "/zh/power/?mw=1000", "#in-mw", "250"},
	} {
		t.Run(c.name, func(t *testing.T) {
			tb := newTab(t)
			run(tb, stepTimeout, "emulating a 375 px phone", chromedp.EmulateViewport(375, 800, chromedp.EmulateMobile))
			tb.open(suite.goURL + c.path)
			tb.waitReady()
			// The server's charts carry both layouts; an input makes the
			// board draw its own, in the layout the width needs (a chart
			// whose data did not change may keep both).
			tb.setValue(c.field, c.value)
			layouts := `[...document.querySelectorAll(".chart-panel .chart")].map((c) =>
				(c.querySelector(".chart-desktop svg") ? "desktop" : "") + (c.querySelector(".chart-phone svg") ? "phone" : "")).join(" ")`
			tb.poll(readyTimeout, layouts+` !== "" && `+layouts+`.split(" ").every((l) => l.includes("phone"))`,
				"every chart drawn in the phone's layout after the input")
			run(tb, stepTimeout, "turning to 1000 px wide", chromedp.EmulateViewport(1000, 800))
			tb.poll(readyTimeout, layouts+`.split(" ").every((l) => l.includes("desktop"))`,
				"every chart drawn again in the desktop layout at 1000 px, one column of charts")
			run(tb, stepTimeout, "widening to 1280 px", chromedp.EmulateViewport(1280, 800))
			tb.poll(readyTimeout, layouts+`.split(" ").every((l) => l.includes("phone"))`,
				"every chart drawn again in the phone's layout at 1280 px, two columns of charts")
			run(tb, stepTimeout, "back to 1000 px", chromedp.EmulateViewport(1000, 800))
			tb.poll(readyTimeout, layouts+`.split(" ").every((l) => l.includes("desktop"))`,
				"every chart drawn again in the desktop layout at 1000 px")
			run(tb, stepTimeout, "turning back to 375 px", chromedp.EmulateViewport(375, 800, chromedp.EmulateMobile))
			tb.poll(readyTimeout, layouts+`.split(" ").every((l) => l.includes("phone"))`,
				"every chart drawn again in the phone's layout at 375 px")
			tb.expectNoProblems("turning the phone")
		})
	}
}
