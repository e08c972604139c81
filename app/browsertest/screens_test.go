//go:build !js

package browsertest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// viewport is a screen the pages are photographed at.
type viewport struct {
	name          string
	width, height int64
	mobile        bool
}

var viewports = []viewport{
	{"375x812", 375, 812, true},
	{"1280x900", 1280, 900, false},
}

// TestScreenshots takes full-page screenshots of every page at a phone's
// and a laptop's width into out/screenshots/TestScreenshots/, for a person
// to look at, and fails when a page is wider than the screen.
func TestScreenshots(t *testing.T) {
	requireBrowser(t)
	t.Parallel()
	tb := newTab(t)
	defer run(tb, stepTimeout, "resetting the viewport", chromedp.EmulateViewport(1280, 900))
	for _, p := range []string{"/", "/zh/", "/methodology/", "/zh/methodology/", "/power/", "/zh/power/", "/embed/?preset=gpt-3", "/zh/embed/?preset=gpt-3"} {
		for i, v := range viewports {
			var opts []chromedp.EmulateViewportOption
			if v.mobile {
				opts = append(opts, chromedp.EmulateMobile)
			}
			run(tb, stepTimeout, "emulating "+v.name, chromedp.EmulateViewport(v.width, v.height, opts...))
			if i == 0 {
				tb.load(suite.goURL + p)
			} else {
				// The same page, resized: wait for the new layout.
				tb.settle(fmt.Sprintf(`document.documentElement.clientWidth === %d`, v.width), "the page to take the width "+v.name)
			}
			tb.settle(`document.fonts.status === "loaded"`, "the fonts")
			path := tb.screenshot(shotName(p) + "@" + v.name)
			tb.t.Logf("%s", path)
			tb.checkWidth(p, v)
		}
	}
	tb.expectNoProblems("screenshots")
}

// shotName names a page's screenshot: "/zh/embed/?preset=gpt-3" is
// "zh-embed-gpt-3", and "/" is "home".
func shotName(p string) string {
	p = strings.NewReplacer("/?preset=", "-", "/", "-").Replace(strings.Trim(p, "/"))
	if p = strings.Trim(p, "-"); p == "" {
		return "home"
	}
	return p
}

// checkWidth fails when the page scrolls sideways, naming the elements that
// stick out (those inside a scrolling box, such as a wide table's, do not
// count).
func (tb *tab) checkWidth(page string, v viewport) {
	tb.t.Helper()
	type overflow struct {
		ScrollWidth int      `json:"scrollWidth"`
		Width       int      `json:"width"`
		Offenders   []string `json:"offenders"`
	}
	o := eval[overflow](tb, `(() => {
		const w = document.documentElement.clientWidth;
		const offenders = [];
		for (const e of document.body.querySelectorAll("*")) {
			const r = e.getBoundingClientRect();
			if (r.width === 0 || r.right <= w + 1) continue;
			let clipped = false;
			for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
				const x = getComputedStyle(p).overflowX;
				if (x !== "visible") { clipped = true; break; }
			}
			if (clipped) continue;
			const name = e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") +
				(e.classList.length ? "." + [...e.classList].join(".") : "");
			offenders.push(name + " (right edge " + Math.round(r.right) + "px): " +
				JSON.stringify((e.innerText || "").trim().slice(0, 40)));
		}
		return { scrollWidth: document.documentElement.scrollWidth, width: w, offenders: offenders.slice(0, 6) };
	})()`)
	if o.ScrollWidth > o.Width || len(o.Offenders) > 0 {
		tb.errorf("%s at %s: the page is %dpx wide on a %dpx screen; sticking out:\n    %s",
			page, v.name, o.ScrollWidth, o.Width, strings.Join(o.Offenders, "\n    "))
	}
}
