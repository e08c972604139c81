//go:build !js

package browsertest

import (
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"

	"wattledger/app/ui/dom"
	"wattledger/content"
)

// TestChartTextAtEveryWidth: a chart's layout follows the width of its own
// box, not the window's (dom.ChartPhoneWidth), so that no chart text is
// shown under minChartText CSS px at any width: just above a phone's, on
// a tablet, or in the desktop's two columns of charts. The window is
// resized on one loaded page, as a visitor turning a tablet or narrowing a
// window does; the server's charts carry both layouts and web/app.css
// picks one. Then an input makes the browser draw its own, which must
// follow a resize too.
func TestChartTextAtEveryWidth(t *testing.T) {
	requireBrowser(t)
	t.Parallel()
	widths := []int64{480, 600, 700, 768, 1000, 1100, 1280, 1600}
	for _, lang := range content.Langs {
		t.Run(string(lang), func(t *testing.T) {
			tb := newTab(t)
			for _, p := range []struct {
				path, field, value string
				n                  int
			}{
				{"/?preset=gpt-3", "#in-n", "20000", 6},
				{"/power/", "#in-mw", "250", 2},
			} {
				page := lang.PathPrefix() + p.path
				run(tb, stepTimeout, "a 1280 px window", chromedp.EmulateViewport(1280, 900))
				tb.load(suite.goURL + page)
				tb.settle(fmt.Sprintf(`document.querySelectorAll(".chart:has(svg)").length === %d`, p.n), page+": its charts")
				tb.settle(`document.fonts.status === "loaded"`, "the fonts")
				eval[bool](tb, showAllJS)
				for _, w := range widths {
					tb.resize(w)
					tb.checkChartText(page, w, p.n)
					tb.checkChartLayout(page, w)
				}

				tb.setValue(p.field, p.value)
				tb.settle(fmt.Sprintf(`document.querySelectorAll(".chart > :only-child svg").length === %d`, p.n),
					page+": the charts drawn again by the browser, in one layout")
				for _, w := range []int64{1000, 1280, 700, 1000} {
					tb.resize(w)
					tb.settle(wrongChartLayoutsJS+".length === 0",
						fmt.Sprintf("%s: the browser's charts redrawn for %d px", page, w))
					tb.checkChartText(page+" after an input", w, p.n)
					tb.checkChartLayout(page+" after an input", w)
				}
			}
			tb.expectNoProblems("resizing the window")
		})
	}
}

// resize sets the window's width and waits for the page to be laid out
// at it.
func (tb *tab) resize(width int64) {
	tb.t.Helper()
	run(tb, stepTimeout, fmt.Sprintf("a %d px window", width), chromedp.EmulateViewport(width, 900))
	afterFrames(tb)
}

// wrongChartLayoutsJS lists, as "section: what is wrong", each chart that
// does not show the one layout its box's width calls for: the phone's
// under dom.ChartPhoneWidth, the desktop's above.
var wrongChartLayoutsJS = fmt.Sprintf(`[...document.querySelectorAll(".chart")].flatMap((c) => {
	const want = c.clientWidth < %d ? "chart-phone" : "chart-desktop";
	const shown = [...c.children].filter((e) => e.checkVisibility()).map((e) => e.className);
	return shown.length === 1 && shown[0] === want ? [] :
		[c.closest("section").id + ": " + c.clientWidth + " px wide shows " + (shown.join(", ") || "nothing") + ", want " + want];
})`, dom.ChartPhoneWidth)

// checkChartLayout checks that each chart shows the layout its box's width
// calls for.
func (tb *tab) checkChartLayout(page string, width int64) {
	tb.t.Helper()
	for _, w := range eval[[]string](tb, wrongChartLayoutsJS) {
		tb.errorf("%s at %d px: %s", page, width, w)
	}
}
