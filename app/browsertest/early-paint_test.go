//go:build !js

package browsertest

import (
	"context"
	"fmt"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// TestEarlyPaint types into the calculator before the page's Go has
// started (issue 19: the first input updates the numbers within 300 ms on
// a slow phone): Go's main must paint the new numbers into the server's
// card before go-app builds the page again (ui.PaintEarlyInputs), and
// they must be exactly what the page shows once go-app has built it, in
// both languages, in the full page and in the widget. A preset chosen
// early goes first, as in the view.
func TestEarlyPaint(t *testing.T) {
	requireBrowser(t)
	t.Parallel()
	for _, c := range []struct {
		name, path string
		changes    map[string]string
	}{
		{"en", "/?preset=gpt-3&method=hardware", map[string]string{"n": "2048"}},
		{"zh", "/zh/?preset=gpt-3&method=hardware", map[string]string{"n": "512", "region": "CHN"}},
		{"embed", "/embed/?preset=gpt-3&view=result&lang=zh", map[string]string{"preset": "bloom-176b"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			tb := newTab(t)
			run(tb, stepTimeout, "installing the early typist", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
				_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: earlyTypist(c.changes)})
				return err
			}))
			tb.openUntouched(suite.goURL + c.path)
			tb.poll(readyTimeout, `window.__early.painted !== null`, "the typed numbers to be painted")
			early := eval[cardSeen](tb, `window.__early.painted`)
			if !early.ServerCard || early.Ready {
				tb.fatalf("the typed numbers were painted in go-app's card (server's card %v, ready %v), not in the server's before go-app built the page", early.ServerCard, early.Ready)
			}
			before := eval[cardSeen](tb, `window.__early.prerendered`)
			if early.KWh == before.KWh {
				tb.fatalf("the early paint showed the prerendered %s kWh again", early.KWh)
			}
			tb.waitReady()
			final := eval[cardSeen](tb, `window.__early.read()`)
			if early.KWh != final.KWh || early.Text != final.Text {
				tb.errorf("the early paint showed\n  %s kWh, %q\nbut the built page shows\n  %s kWh, %q", early.KWh, early.Text, final.KWh, final.Text)
			}
		})
	}
}

// cardSeen is the result card as a test reads it.
type cardSeen struct {
	KWh        string `json:"kwh"`
	Text       string `json:"text"`
	ServerCard bool   `json:"serverCard"`
	Ready      bool   `json:"ready"`
}

// earlyTypist changes the calculator's fields as soon as the page is
// parsed, before Go can have started, and records the card as it was,
// and as it is when its data-kwh first changes.
func earlyTypist(changes map[string]string) string {
	var typing string
	for _, f := range []string{"preset", "n", "region"} {
		if v, ok := changes[f]; ok {
			typing += fmt.Sprintf(`type(%q, %q);`, f, v)
		}
	}
	return `
		window.__early = { prerendered: null, painted: null, read: () => ({
			kwh: document.querySelector("#energy").dataset.kwh ?? "",
			// The server's HTML has white space between elements, go-app's has none.
			text: document.querySelector(".result-card").textContent.replace(/\s+/g, ""),
			serverCard: document.querySelector(".result-card") === window.__serverCard,
			ready: document.documentElement.dataset.app === "ready",
		}) };
		const type = (name, value) => {
			const field = document.querySelector("#calculator [name=" + name + "]");
			field.dispatchEvent(new FocusEvent("focusin", { bubbles: true }));
			field.value = value;
			if (field.value !== value) throw new Error(name + " has no option " + value);
			field.dispatchEvent(new Event(field.tagName === "SELECT" ? "change" : "input", { bubbles: true }));
		};
		document.addEventListener("DOMContentLoaded", () => {
			window.__serverCard = document.querySelector(".result-card");
			window.__early.prerendered = window.__early.read();
			new MutationObserver((_, watch) => {
				watch.disconnect();
				window.__early.painted = window.__early.read();
			}).observe(document.body, { subtree: true, attributes: true, attributeFilter: ["data-kwh"] });
			` + typing + `
		});`
}
