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
		tb.settle(`document.querySelectorAll(".charts .chart:has(svg)").length === 6`, "the six charts (stack, sensitivity, sources, growth, scale, CO2)")
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
		atTop(tb, fmt.Sprintf("document.getElementById(%q)", id), prefix+"/#"+id)
	}

	// A link into the methodology's last table, from the article.
	for _, prefix := range []string{"", "/zh"} {
		tb.load(suite.goURL + prefix + "/methodology/#preset-gpt-4")
		atTop(tb, `document.getElementById("preset-gpt-4")`, prefix+"/methodology/#preset-gpt-4")
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

// atTop waits until the element a link points at (a JavaScript
// expression) is laid out and shown at the top of the window. go-app may
// still be putting the page together when ready is set: the test gives it
// until the page is quiet.
func atTop(tb *tab, el, what string) {
	tb.t.Helper()
	tb.settle(fmt.Sprintf(`%s && Math.abs((%s).getBoundingClientRect().top) < 200`, shownJS(el), el),
		what+": the linked element laid out at the top of the window")
}

// shown reports whether the element (a JavaScript expression) or its
// first paragraph, table cell or heading is laid out and visible,
// content-visibility included, with text in it.
func shown(tb *tab, el string) bool {
	tb.t.Helper()
	return eval[bool](tb, shownJS(el))
}

func shownJS(el string) string {
	return fmt.Sprintf(`(() => {
		const el = %s;
		const inner = el && (el.querySelector("p, td, h3") || el);
		return !!inner && inner.checkVisibility({contentVisibilityAuto: true}) &&
			inner.getBoundingClientRect().height > 0 && inner.textContent.trim() !== "";
	})()`, el)
}
