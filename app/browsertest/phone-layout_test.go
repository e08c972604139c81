//go:build !js

package browsertest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"wattledger/content"
)

// minChartText is the smallest chart text a phone may show, in CSS px
// (issue 19): the desktop drawing scaled to 375 px showed most of it
// under 10.
const minChartText = 11

// TestPhoneLayout opens the calculator, the methodology and the power
// page at 375 × 800 in both languages and checks that nothing sticks out
// of the screen sideways unless it sits in its own scroll box, that no
// chart text is drawn under minChartText CSS px, and that no table cell
// is squeezed to a word per line. On the calculator it then changes an
// input, so that the browser draws the charts itself, and checks them
// again.
func TestPhoneLayout(t *testing.T) {
	requireBrowser(t)
	t.Parallel()
	phone := viewport{"375x800", 375, 800, true}
	for _, lang := range content.Langs {
		t.Run(string(lang), func(t *testing.T) {
			tb := newTab(t)
			run(tb, stepTimeout, "emulating a 375 px phone", chromedp.EmulateViewport(phone.width, phone.height, chromedp.EmulateMobile))
			for _, p := range []struct {
				path, charts string
				n            int
			}{
				{"/?preset=gpt-3", ".charts", 6},
				{"/methodology/", "", 0},
				{"/power/", "#power-charts", 2},
			} {
				page := lang.PathPrefix() + p.path
				tb.load(suite.goURL + page)
				if p.n > 0 {
					tb.settle(fmt.Sprintf(`document.querySelectorAll(%q).length === %d`, p.charts+" .chart:has(svg)", p.n), page+": its charts")
				}
				tb.settle(`document.fonts.status === "loaded"`, "the fonts")
				tb.checkPhone(page, phone, p.n)
			}

			// The browser's own drawing, after an input changes.
			page := lang.PathPrefix() + "/?preset=gpt-3"
			tb.load(suite.goURL + page)
			tb.setValue("#in-n", "20000")
			// Six charts in all: the server's copy has gone, the board's
			// own are in, each with its phone drawing (checkPhone then
			// checks that the phone's is the one shown).
			tb.settle(`document.querySelectorAll(".chart").length === 6 &&
				document.querySelectorAll(".charts .chart > .chart-phone svg").length === 6`,
				"the six charts drawn again by the browser, with their phone layout")
			tb.checkPhone(page+" after an input", phone, 6)
			eval[bool](tb, showAllJS)
			afterFrames(tb)
			tb.checkChartLayout(page+" after an input", phone.width)
			tb.expectNoProblems("the phone layout")
		})
	}
}

// checkPhone checks the page as a phone shows it: its width (checkWidth),
// the size of its n charts' text, and its tables' cells.
func (tb *tab) checkPhone(page string, v viewport, n int) {
	tb.t.Helper()
	eval[bool](tb, showAllJS) // measure every section, laid out
	afterFrames(tb)
	defer eval[bool](tb, `(document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== window.__showAll), true)`)
	tb.checkWidth(page, v)

	tb.checkChartText(page, v.width, n)

	// A cell is squeezed when its text of three words or more runs to
	// fewer than two words a line (a Chinese word taken as two
	// characters). Lines are told apart by the height of the text's
	// pieces: pieces on one line overlap.
	squeezed := eval[[]string](tb, `(() => {
		const lineCount = (cell) => {
			const rects = [];
			const walk = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
			for (let n = walk.nextNode(); n; n = walk.nextNode()) {
				if (n.textContent.trim() === "") continue;
				const r = document.createRange();
				r.selectNodeContents(n);
				rects.push(...[...r.getClientRects()].filter((x) => x.width > 0));
			}
			rects.sort((a, b) => a.top - b.top);
			let lines = 0, bottom = -Infinity;
			for (const x of rects) {
				if (x.top >= bottom - 1) {
					lines++;
					bottom = x.bottom;
				} else {
					bottom = Math.max(bottom, x.bottom);
				}
			}
			return lines;
		};
		const out = [];
		for (const cell of document.querySelectorAll("main th, main td")) {
			if (!cell.checkVisibility()) continue;
			const text = cell.innerText.trim();
			const han = (text.match(/\p{Script=Han}/gu) || []).length;
			const words = han / 2 + text.replace(/\p{Script=Han}/gu, " ").split(/\s+/).filter((w) => w !== "").length;
			if (words < 3) continue;
			const lines = lineCount(cell);
			if (words / lines < 2) {
				out.push(cell.tagName.toLowerCase() + " " + Math.round(cell.getBoundingClientRect().width) + " px wide, " +
					lines + " lines: " + JSON.stringify(text.slice(0, 40)));
			}
		}
		return out.slice(0, 8);
	})()`)
	if len(squeezed) > 0 {
		tb.errorf("%s: table cells squeezed to a word a line at %d px:\n    %s", page, v.width, strings.Join(squeezed, "\n    "))
	}
}

// checkChartText checks that the page shows n charts, and none of their
// text under minChartText CSS px at this width. A text's size on the
// screen is its font size times the scale the SVG is drawn at (its screen
// transform's). The page's sections must be laid out (showAllJS).
func (tb *tab) checkChartText(page string, width int64, n int) {
	tb.t.Helper()
	type texts struct {
		Charts int      `json:"charts"`
		Texts  int      `json:"texts"`
		Small  []string `json:"small"`
	}
	got := eval[texts](tb, `(() => {
		const small = [];
		let charts = 0, texts = 0;
		for (const svg of document.querySelectorAll(".chart svg")) {
			if (!svg.checkVisibility()) continue;
			charts++;
			for (const t of svg.querySelectorAll("text")) {
				const m = t.getScreenCTM();
				const px = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
				texts++;
				if (px < `+fmt.Sprint(minChartText)+`) small.push(px.toFixed(1) + " px: " + JSON.stringify(t.textContent));
			}
		}
		return { charts, texts, small: small.slice(0, 8) };
	})()`)
	if got.Charts != n {
		tb.errorf("%s: %d charts shown at %d px, want %d", page, got.Charts, width, n)
	}
	if n > 0 && got.Texts == 0 {
		tb.errorf("%s: the charts have no text", page)
	}
	if len(got.Small) > 0 {
		tb.errorf("%s: chart text under %d CSS px at %d px:\n    %s", page, minChartText, width, strings.Join(got.Small, "\n    "))
	}
}
