//go:build !js

package browsertest

import (
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestLaidOutWhenScrolledTo checks the sections the browser leaves out of
// a first visit's layout (content-visibility in app.css): before the
// visitor scrolls, the last chart, the article's last part and the
// glossary are skipped; scrolled to, or reached through a link to a
// heading, each is laid out and shows its text. So is a row of the
// methodology's tables that a link points at.
func TestLaidOutWhenScrolledTo(t *testing.T) {
	requireBrowser(t)
	t.Parallel()
	tb := newTab(t)
	// JavaScript expressions for the elements.
	sections := []string{
		`document.getElementById("chart-co2")`,
		`[...document.querySelectorAll("#article .part")].at(-1)`,
		`document.getElementById("glossary")`,
	}
	for _, prefix := range []string{"", "/zh"} {
		tb.load(suite.goURL + prefix + "/")
		// The chart board replaces the server's charts with its own; the
		// browser decides at its next frame whether new content is skipped.
		tb.settle(`document.querySelectorAll(".charts .chart svg").length === 4`, "the four charts")
		afterFrames(tb)
		for _, sel := range sections {
			if shown(tb, sel) {
				tb.errorf("%s/: %s is laid out before anyone scrolled to it", prefix, sel)
			}
		}
		for _, sel := range sections {
			scrollTo(tb, sel)
			if !shown(tb, sel) {
				tb.errorf("%s/: %s is not laid out once scrolled to", prefix, sel)
			}
		}

		// A link to a heading in the article's last part, from the top.
		tb.load(suite.goURL + prefix + "/")
		id := eval[string](tb, `[...document.querySelectorAll("#article .part")].at(-1).querySelector("h3").id`)
		run(tb, stepTimeout, "following #"+id, chromedp.Evaluate[bool](fmt.Sprintf(`new Promise((done) => {
			location.hash = %q;
			requestAnimationFrame(() => requestAnimationFrame(() => done(true)));
		})`, "#"+id), chromedp.EvalAwaitPromise))
		top := eval[float64](tb, fmt.Sprintf(`document.getElementById(%q).getBoundingClientRect().top`, id))
		if !shown(tb, fmt.Sprintf("document.getElementById(%q)", id)) || top < -2 || top > 200 {
			tb.errorf("%s/#%s: the heading is not laid out at the top of the window (top %.0f px)", prefix, id, top)
		}
	}

	// A link into the methodology's last table, from the article.
	for _, prefix := range []string{"", "/zh"} {
		tb.load(suite.goURL + prefix + "/methodology/#preset-gpt-4")
		row := `document.getElementById("preset-gpt-4")`
		top := eval[float64](tb, row+`.getBoundingClientRect().top`)
		if !shown(tb, row) || top < -2 || top > 200 {
			tb.errorf("%s/methodology/#preset-gpt-4: the row is not laid out at the top of the window (top %.0f px)", prefix, top)
		}
	}
	tb.expectNoProblems("scrolling")
}

// scrollTo scrolls the element (a JavaScript expression) into view, as a
// visitor would before using it, and waits until the browser has laid it
// out.
func scrollTo(tb *tab, el string) {
	tb.t.Helper()
	eval[bool](tb, fmt.Sprintf(`((%s).scrollIntoView(), true)`, el))
	afterFrames(tb)
}

// afterFrames waits for two frames: the browser has then updated its
// rendering, content-visibility decisions included.
func afterFrames(tb *tab) {
	tb.t.Helper()
	run(tb, stepTimeout, "waiting for two frames", chromedp.Evaluate[bool](
		`new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))`, chromedp.EvalAwaitPromise))
}

// shown reports whether the element (a JavaScript expression) or its
// first paragraph, table cell or heading is laid out and visible,
// content-visibility included, with text in it.
func shown(tb *tab, el string) bool {
	tb.t.Helper()
	return eval[bool](tb, fmt.Sprintf(`(() => {
		const el = %s;
		const inner = el && (el.querySelector("p, td, h3") || el);
		return !!inner && inner.checkVisibility({contentVisibilityAuto: true}) &&
			inner.getBoundingClientRect().height > 0 && inner.textContent.trim() !== "";
	})()`, el))
}
