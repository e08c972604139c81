//go:build !js

package browsertest

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// Independent arithmetic for the published GPT-3 run (Patterson et al.
// 2021, Table 4): 10,000 V100 × 355.2 h × 330 W × PUE 1.1, 429 g/kWh, and
// the EIA's 10,791 kWh a year for a US household (2022).
const (
	gpt3KWh        = 10000 * 355.2 * 330 * 1.1 / 1000 // 1,289,376 kWh
	gpt3KG         = gpt3KWh * 429 / 1000             // 553,142 kg
	gpt3Households = gpt3KWh / 10791                  // 119.5 household-years
	gpt3MW         = 10000 * 330 * 1.1 / 1e6          // 3.63 MW
	// The run of one GPT-3 V100 for the same time.
	gpt3KWhPerGPU = gpt3KWh / 10000
	// BLOOM (Luccioni et al. 2023, Table 1): 1,082,990 GPU-h × 400 W, no PUE.
	bloomKWh = 1082990 * 400.0 / 1000 // 433,196 kWh
	rel      = 0.01                   // 1%
)

// TestDOMContract checks the published GPT-3 run and a run typed into the
// URL against arithmetic done here, on both origins.
func TestDOMContract(t *testing.T) {
	parent := newTab(t)
	for _, o := range origins() {
		t.Run(o.name, func(t *testing.T) {
			tb := parent.in(t)

			tb.load(o.url + "/?preset=gpt-3")
			c := tb.contract()
			tb.checkGPT3(c)
			low, high := tb.num("data-kwh-low", c.KWhLow), tb.num("data-kwh-high", c.KWhHigh)
			if kwh := tb.num("data-kwh", c.KWh); !(low <= kwh && kwh <= high) {
				tb.errorf("data-kwh-low %g ≤ data-kwh %g ≤ data-kwh-high %g does not hold", low, kwh, high)
			}
			// The share of US demand: 1.29 GWh of the 4,000-4,600 TWh the
			// US uses in a year (EIA, Ember) is 2.8e-5 to 3.2e-5 %.
			share := tb.num("#country-share data-percent", c.Share)
			if demandTWh := gpt3KWh / (share / 100) / 1e9; demandTWh < 3800 || demandTWh > 4800 {
				tb.errorf("#country-share data-percent = %g implies a US demand of %.0f TWh a year, want 3,800-4,800", share, demandTWh)
			}
			tb.checkSources(c)
			tb.expectCleanText("gpt-3", c)

			// The form shows what the URL says.
			const q = "/?preset=gpt-3&hw=h100-sxm&n=1000&hours=720&w=700&pue=1.2"
			tb.load(o.url + q)
			c2 := tb.contract()
			kwh := tb.num("data-kwh", c2.KWh)
			tb.near("data-kwh of "+q, kwh, 1000*720*700*1.2/1000, rel)
			tb.near("#power-mw data-mw of "+q, tb.num("data-mw", c2.MW), 1000*700*1.2/1e6, rel)
			// Another accelerator makes it the visitor's own run: unless the
			// link names them, the grid and the comparison region are the
			// world's (473 g/kWh, Ember 2024; 830 kWh a person, IEA 2022).
			tb.near("#households data-value of "+q, tb.num("data-value", c2.Households), kwh/830, rel)
			tb.near("#co2 data-kg / data-kwh of "+q, tb.num("data-kg", c2.KG)/kwh, 0.473, rel)
			tb.checkSources(c2)
			got := eval[map[string]string](tb, `({n: document.querySelector("#in-n").value,
				hours: document.querySelector("#in-hours").value, w: document.querySelector("#in-w").value,
				pue: document.querySelector("#in-pue").value, hw: document.querySelector("#in-hw").value,
				preset: document.querySelector("#in-preset").value,
				method: document.querySelector("#method-hardware").checked ? "hardware" : "other"})`)
			want := map[string]string{"n": "1000", "hours": "720", "w": "700", "pue": "1.2", "hw": "h100-sxm", "preset": "gpt-3", "method": "hardware"}
			for k, v := range want {
				if got[k] != v {
					tb.errorf("the form's %s shows %q, want %q from the URL", k, got[k], v)
				}
			}
			tb.expectNoProblems(o.name)
		})
	}
}

// checkGPT3 checks the DOM contract's numbers for ?preset=gpt-3.
func (tb *tab) checkGPT3(c contract) {
	tb.t.Helper()
	if c.ErrorText != nil {
		tb.fatalf("?preset=gpt-3 shows #input-error %q", *c.ErrorText)
	}
	tb.near("#energy data-kwh", tb.num("data-kwh", c.KWh), gpt3KWh, rel)
	tb.near("#co2 data-kg", tb.num("data-kg", c.KG), gpt3KG, rel)
	tb.near("#households data-value", tb.num("data-value", c.Households), gpt3Households, rel)
	tb.near("#power-mw data-mw", tb.num("data-mw", c.MW), gpt3MW, rel)
}

// checkSources checks the six power-plant comparisons.
func (tb *tab) checkSources(c contract) {
	tb.t.Helper()
	seen := map[string]bool{}
	for _, s := range c.Sources {
		seen[s.ID] = true
		v := tb.num(fmt.Sprintf(`[data-source=%q] data-value`, s.ID), s.Value)
		if v <= 0 {
			tb.errorf(`[data-source=%q] data-value = %g, want > 0`, s.ID, v)
		}
		if s.Unit == nil || (*s.Unit != "hours" && *s.Unit != "days" && *s.Unit != "years") {
			tb.errorf(`[data-source=%q] data-unit = %v, want hours, days or years`, s.ID, deref(s.Unit))
		}
	}
	for _, id := range []string{"nuclear", "coal", "gas", "hydro", "wind", "solar"} {
		if !seen[id] {
			tb.errorf(`no [data-source=%q] element`, id)
		}
	}
	if len(c.Sources) != 6 {
		tb.errorf("%d [data-source] elements, want 6", len(c.Sources))
	}
}

func deref(s *string) string {
	if s == nil {
		return "<missing>"
	}
	return strconv.Quote(*s)
}

// TestReadyMeansComputed checks the DOM contract's promise that data-app
// is set to "ready" once the WebAssembly has computed: at that moment
// #energy must carry data-kwh (or #input-error must be shown). The tracker
// script records the DOM when the attribute is set.
func TestReadyMeansComputed(t *testing.T) {
	tb := newTab(t)
	for _, p := range []string{"/?preset=gpt-3", "/zh/embed/?preset=gpt-3", "/?n=abc"} {
		tb.load(suite.goURL + p)
		type snapshot struct {
			Path       string  `json:"path"`
			KWh        *string `json:"kwh"`
			InputError bool    `json:"inputError"`
		}
		snaps := eval[[]snapshot](tb, `window.__wl.ready`)
		if len(snaps) != 1 {
			tb.errorf("%s: data-app became ready %d times, want once", p, len(snaps))
			continue
		}
		if s := snaps[0]; s.KWh == nil && !s.InputError {
			tb.errorf(`%s: when <html data-app="ready"> was set, #energy had no data-kwh and there was no #input-error: the page was not computed yet (it is a moment later)`, p)
		}
	}
}

// TestTyping types a new accelerator count: the energy scales with it and
// the address bar becomes a share link that reproduces it.
func TestTyping(t *testing.T) {
	parent := newTab(t)
	for _, c := range []struct{ origin, base string }{{"go", suite.goURL + "/"}, {"static", suite.staticURL + "/zh/"}} {
		t.Run(c.origin, func(t *testing.T) {
			tb := parent.in(t)
			tb.load(c.base + "?preset=gpt-3")
			start := tb.contract()
			before := tb.num("data-kwh", start.KWh)
			tb.near("data-kwh before typing", before, gpt3KWh, rel)

			tb.typeInto("#in-n", "2500")
			tb.settle(`document.querySelector("#energy")?.dataset.kwh !== `+strconv.Quote(*start.KWh)+
				` && document.querySelector("#energy[data-kwh]") !== null`, "data-kwh to change after typing 2500 into #in-n")
			after := tb.contract()
			tb.near("data-kwh after typing n=2500", tb.num("data-kwh", after.KWh), before*2500/10000, rel)
			tb.near("data-mw after typing n=2500", tb.num("data-mw", after.MW), gpt3MW/4, rel)
			q, err := url.ParseQuery(strings.TrimPrefix(after.Search, "?"))
			if err != nil || q.Get("n") != "2500" || q.Get("preset") != "gpt-3" {
				tb.errorf("location.search = %q after typing, want preset=gpt-3 and n=2500 in it", after.Search)
			}
			if after.ErrorText != nil {
				tb.errorf("typing 2500 shows #input-error %q", *after.ErrorText)
			}

			// The address bar is a share link: opened afresh, it shows the same.
			tb.load(after.Href)
			shared := tb.contract()
			tb.near("data-kwh of the share link "+after.Href, tb.num("data-kwh", shared.KWh), before*2500/10000, rel)
			if v := eval[string](tb, `document.querySelector("#in-n").value`); v != "2500" {
				tb.errorf("the share link's #in-n shows %q, want 2500", v)
			}
			tb.expectNoProblems(c.origin)
		})
	}
}

// TestBadInput types bad accelerator counts, then opens URLs with bad
// parameters: each shows #input-error naming the field, in the page's
// language, with no stale or broken number anywhere.
func TestBadInput(t *testing.T) {
	parent := newTab(t)
	for _, lang := range []struct {
		name, prefix string
		bad          []string
	}{
		{"en", "/", []string{"abc", "-5", "0", "1e999"}},
		{"zh", "/zh/", []string{"abc", "1e999"}},
	} {
		t.Run("typed/"+lang.name, func(t *testing.T) {
			tb := parent.in(t)
			tb.load(suite.goURL + lang.prefix + "?preset=gpt-3")
			for _, bad := range lang.bad {
				tb.typeInto("#in-n", bad)
				tb.settle(`document.querySelector("#input-error") !== null`, fmt.Sprintf("#input-error after typing %q into #in-n", bad))
				tb.checkError(fmt.Sprintf("typed n=%q", bad), "n", lang.name)
				if inv := eval[string](tb, `document.querySelector("#in-n").getAttribute("aria-invalid")`); inv != "true" {
					tb.errorf("typed n=%q: #in-n has aria-invalid=%q, want true", bad, inv)
				}
				// Fixing the input removes the error.
				tb.typeInto("#in-n", "1000")
				tb.settle(`document.querySelector("#input-error") === null && document.querySelector("#energy[data-kwh]") !== null`,
					fmt.Sprintf("#input-error to go after replacing %q with 1000", bad))
				tb.near(fmt.Sprintf("data-kwh after fixing %q", bad), tb.num("data-kwh", tb.contract().KWh), 1000*gpt3KWhPerGPU, rel)
			}
			tb.expectNoProblems("typing bad inputs")
		})
	}
	urls := []struct{ query, field string }{
		{"?n=abc", "n"},
		{"?preset=nope", "preset"},
		{"?region=XX", "region"},
		{"?pue=0.5", "pue"},
	}
	for _, o := range []struct{ origin, base, lang string }{
		{"go", suite.goURL + "/", "en"},
		{"static", suite.staticURL + "/zh/", "zh"},
	} {
		t.Run("url/"+o.origin+"/"+o.lang, func(t *testing.T) {
			tb := parent.in(t)
			for _, u := range urls {
				tb.load(o.base + u.query)
				tb.checkError(u.query, u.field, o.lang)
			}
			tb.expectNoProblems("bad URLs")
		})
	}
}

// checkError checks the page shows #input-error for field in lang and
// no number.
func (tb *tab) checkError(what, field, lang string) {
	tb.t.Helper()
	c := tb.contract()
	switch {
	case c.ErrorText == nil:
		tb.errorf("%s: no #input-error", what)
		return
	case deref(c.ErrorField) != strconv.Quote(field):
		tb.errorf("%s: #input-error data-field = %s, want %q (message %q)", what, deref(c.ErrorField), field, *c.ErrorText)
	}
	msg := strings.TrimSpace(*c.ErrorText)
	if zh := han.MatchString(msg); zh != (lang == "zh") || msg == "" {
		tb.errorf("%s: #input-error %q is not in the page's language (%s)", what, msg, lang)
	}
	if c.KWh != nil {
		tb.errorf("%s: #energy still has data-kwh=%s while the input is invalid", what, *c.KWh)
	}
	for name, v := range map[string]*string{"#co2 data-kg": c.KG, "#households data-value": c.Households, "#country-share data-percent": c.Share, "#power-mw data-mw": c.MW} {
		if v != nil {
			tb.errorf("%s: %s=%s while the input is invalid", what, name, *v)
		}
	}
	tb.expectCleanText(what, c)
}

// TestLanguageSwitch clicks #lang-switch with inputs in the URL: the other
// language opens with the same query and the same numbers. Both ways, and
// from a page opened in Chinese as well as from one switched to Chinese.
func TestLanguageSwitch(t *testing.T) {
	parent := newTab(t)
	for _, o := range origins() {
		t.Run(o.name, func(t *testing.T) {
			tb := parent.in(t)
			const q = "?preset=llama-3.1-405b&n=2048"
			tb.load(o.url + "/" + q)
			kwh := tb.num("data-kwh", tb.contract().KWh)
			tb.switchLanguage("/ opened in English", "/zh/", "zh-Hans", kwh)
			tb.switchLanguage("/zh/ reached with the switch", "/", "en", kwh)
			tb.load(o.url + "/zh/" + q)
			tb.switchLanguage("/zh/ opened in Chinese", "/", "en", kwh)
			tb.expectNoProblems(o.name)
		})
	}
}

// switchLanguage clicks #lang-switch and checks the page in the other
// language keeps the query and the numbers.
func (tb *tab) switchLanguage(from, to, lang string, kwh float64) {
	tb.t.Helper()
	run(tb, stepTimeout, "clicking #lang-switch", chromedp.Click(chromedp.CSS("#lang-switch")))
	tb.settle(fmt.Sprintf(`location.pathname === %q && document.documentElement.lang === %q && document.querySelector("#energy[data-kwh]") !== null`, to, lang),
		fmt.Sprintf("%s: %s (%s) after clicking #lang-switch", from, to, lang))
	c := tb.contract()
	q, _ := url.ParseQuery(strings.TrimPrefix(c.Search, "?"))
	if q.Get("preset") != "llama-3.1-405b" || q.Get("n") != "2048" {
		tb.errorf("%s → %s: location.search = %q, want preset=llama-3.1-405b and n=2048", from, to, c.Search)
	}
	tb.near(from+" → "+to+": data-kwh", tb.num("data-kwh", c.KWh), kwh, 1e-9)
	if v := eval[string](tb, `document.querySelector("#in-n").value`); v != "2048" {
		tb.errorf("%s → %s: #in-n shows %q, want 2048", from, to, v)
	}
	if share := hanShare(c.Text); (lang == "zh-Hans") != (share > 0.3) {
		tb.errorf("%s → %s: %.1f%% of the letters are Han characters", from, to, share*100)
	}
	if zh := han.MatchString(c.Title); zh != (lang == "zh-Hans") {
		tb.errorf("%s → %s: <title> %q is not in %s", from, to, c.Title, lang)
	}
}

// TestSubPath serves a static export made with -base /watt-ledger from its
// parent directory, as a GitHub Pages project site is.
func TestSubPath(t *testing.T) {
	requireBrowser(t)
	t.Parallel()
	tmp := t.TempDir()
	if err := export(filepath.Join(tmp, "watt-ledger"), "/watt-ledger"); err != nil {
		t.Fatal(err)
	}
	// Something else at the root, so a link that forgot the prefix fails.
	if err := os.WriteFile(filepath.Join(tmp, "index.html"), []byte("<!doctype html><title>not the app</title>"), 0o644); err != nil {
		t.Fatal(err)
	}
	srv, err := startStatic(t.Cleanup, tmp, "/watt-ledger/")
	if err != nil {
		t.Fatal(err)
	}
	tb := newTab(t)
	tb.load(srv.url + "/watt-ledger/zh/?preset=gpt-3")
	c := tb.contract()
	if c.Lang != "zh-Hans" {
		tb.errorf("<html lang=%q>, want zh-Hans", c.Lang)
	}
	tb.checkGPT3(c)
	tb.checkSources(c)
	hrefs := eval[[]string](tb, `[...document.querySelectorAll("a[href^='/'], link[href^='/'], script[src^='/'], img[src^='/']")].map((e) => e.getAttribute("href") ?? e.getAttribute("src"))`)
	for _, h := range hrefs {
		if !strings.HasPrefix(h, "/watt-ledger/") && h != "/watt-ledger" {
			tb.errorf("a link or resource outside the sub-path: %q", h)
		}
	}
	// The language switch stays under the sub-path.
	run(tb, stepTimeout, "clicking #lang-switch", chromedp.Click(chromedp.CSS("#lang-switch")))
	tb.settle(`location.pathname === "/watt-ledger/" && document.documentElement.lang === "en" && document.querySelector("#energy[data-kwh]") !== null`,
		"/watt-ledger/ after clicking #lang-switch")
	tb.checkGPT3(tb.contract())
	tb.expectNoProblems("/watt-ledger/")
}

// TestDropDownsKeepTheServersOptions: the calculator's drop-downs take the
// server's options when Go starts (dom.FillSelect moves them over). Every
// option must have a value in the server's page and after, the empty ones
// included ("as published", "same as the region", which go-app's own
// elements would write without one), and each drop-down must still show
// the link's choice.
func TestDropDownsKeepTheServersOptions(t *testing.T) {
	tb := newTab(t)
	tb.openUntouched(suite.goURL + "/zh/?preset=gpt-3&method=hardware&hw=h100-sxm&region=FRA&facility=")
	const read = `[...document.querySelectorAll("#calculator select")].map((s) => ({
		name: s.name, value: s.value, options: s.options.length,
		values: [...s.options].map((o) => o.hasAttribute("value") ? o.value : "(none)").join("|"),
	}))`
	type dropDown struct {
		Name    string `json:"name"`
		Value   string `json:"value"`
		Options int    `json:"options"`
		Values  string `json:"values"`
	}
	before := eval[[]dropDown](tb, read)
	if len(before) < 3 {
		tb.fatalf("%d drop-downs in the server's page, want the preset's, the accelerator's, the region's and more", len(before))
	}
	tb.touch()
	tb.waitReady()
	after := eval[[]dropDown](tb, read)
	if len(after) != len(before) {
		tb.fatalf("%d drop-downs after Go started, %d before", len(after), len(before))
	}
	for i, b := range before {
		a := after[i]
		if a.Name != b.Name || a.Value != b.Value || a.Options != b.Options {
			tb.errorf("drop-down %s: %q of %d options before Go started, %s %q of %d after", b.Name, b.Value, b.Options, a.Name, a.Value, a.Options)
		}
		if strings.Contains(b.Values, "(none)") {
			tb.errorf("drop-down %s has options without a value in the server's page (a form sent before Go runs would send their text): %s", b.Name, b.Values)
		}
		if strings.Contains(a.Values, "(none)") {
			tb.errorf("drop-down %s has options without a value after Go started: %s", a.Name, a.Values)
		}
	}
}
