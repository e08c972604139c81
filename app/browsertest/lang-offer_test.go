//go:build !js

package browsertest

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// TestLanguageOfferBeforeGo: a reader whose browser prefers the page's
// other language is offered it on arrival, before Go starts (Go waits for
// a first tap; app/site/boot.js shows the offer until then), and Go's
// header, once ready, shows the same offer in its place without a frame
// where it is gone. Dismissed before Go runs, it is saved as Go saves it:
// neither the reloaded page nor Go offers it again.
func TestLanguageOfferBeforeGo(t *testing.T) {
	requireBrowser(t)
	t.Parallel()
	for _, c := range []struct {
		name, path, prefers, offers, hrefHas string
	}{
		{"zh reader on an English calculator", "/?preset=gpt-3", "zh-CN", "zh-Hans", "/zh/?preset=gpt-3"},
		{"en reader on the Chinese methodology", "/zh/methodology/", "en-US", "en", "/methodology/"},
	} {
		t.Run(c.name, func(t *testing.T) {
			tb := newTab(t)
			tb.prefer(c.prefers)
			tb.openUntouched(suite.goURL + c.path)
			tb.poll(stepTimeout, `document.querySelector("#lang-offer a") !== null`, "the language offer before Go starts")
			before := eval[map[string]string](tb, offerJS)
			if before["app"] == "ready" {
				tb.fatalf("Go had started without a touch: the offer seen was not the one shown before it")
			}
			if before["lang"] != c.offers || before["hreflang"] != c.offers || !strings.Contains(before["href"], c.hrefHas) ||
				before["text"] == "" || before["dismiss"] == "" || before["visible"] != "true" {
				tb.errorf("the offer before Go: %v, want lang %s and a link to %s", before, c.offers, c.hrefHas)
			}
			// Count the frames without an offer while Go takes the page over.
			eval[bool](tb, `(() => {
				window.__offerGaps = 0;
				const f = () => { if (!document.querySelector("#lang-offer")) window.__offerGaps++; requestAnimationFrame(f); };
				requestAnimationFrame(f);
				return true;
			})()`)
			tb.touch()
			tb.waitReady()
			after := eval[map[string]string](tb, offerJS)
			for _, k := range []string{"lang", "hreflang", "href", "text", "dismiss", "visible"} {
				if after[k] != before[k] {
					tb.errorf("the offer's %s is %q once Go runs, %q before", k, after[k], before[k])
				}
			}
			if n := eval[int](tb, `document.querySelectorAll("#lang-offer").length`); n != 1 {
				tb.errorf("%d language offers once Go runs, want 1", n)
			}
			if gaps := eval[int](tb, `window.__offerGaps`); gaps > 0 {
				tb.errorf("the offer was gone for %d frames while Go started", gaps)
			}
			tb.expectNoProblems("the language offer")
		})
		t.Run(c.name+", dismissed before Go", func(t *testing.T) {
			tb := newTab(t)
			tb.prefer(c.prefers)
			tb.openUntouched(suite.goURL + c.path)
			tb.poll(stepTimeout, `document.querySelector("#lang-offer .dismiss") !== null`, "the language offer before Go starts")
			eval[bool](tb, `(document.querySelector("#lang-offer .dismiss").click(), true)`)
			if eval[bool](tb, `document.querySelector("#lang-offer") !== null`) {
				tb.errorf("the offer stays after its dismiss button was pressed")
			}
			tb.openUntouched(suite.goURL + c.path)
			if eval[bool](tb, `document.querySelector("#lang-offer") !== null`) {
				tb.errorf("the reloaded page offers the language again after a dismissal")
			}
			tb.touch()
			tb.waitReady()
			if eval[bool](tb, `document.querySelector("#lang-offer") !== null`) {
				tb.errorf("Go offers the language again after a dismissal before it ran")
			}
			tb.expectNoProblems("dismissing the language offer")
		})
	}
}

// offerJS describes the language offer on the page, and whether Go runs.
const offerJS = `(() => {
	const bar = document.querySelector("#lang-offer"), a = bar?.querySelector("a"), b = bar?.querySelector("button");
	return {
		app: document.documentElement.dataset.app ?? "",
		lang: bar?.lang ?? "",
		hreflang: a?.hreflang ?? "",
		href: a?.getAttribute("href") ?? "",
		text: a?.textContent ?? "",
		dismiss: b?.getAttribute("aria-label") ?? "",
		visible: String(!!bar?.checkVisibility()),
	};
})()`

// prefer makes the tab's browser prefer lang (navigator.languages), as a
// reader's own browser would; the suite's Chromium runs with en-US.
func (tb *tab) prefer(lang string) {
	tb.t.Helper()
	run(tb, stepTimeout, "preferring "+lang, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `(() => {
			Object.defineProperty(Navigator.prototype, "languages", { get: () => [` + "`" + lang + "`" + `] });
			Object.defineProperty(Navigator.prototype, "language", { get: () => ` + "`" + lang + "`" + ` });
		})()`})
		return err
	}))
}
