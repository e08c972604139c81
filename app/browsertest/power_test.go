//go:build !js

package browsertest

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"wattledger/app/planner"
	"wattledger/calc"
)

// powerContract is the power page's DOM contract as the page shows it
// now; a missing element or attribute is nil.
type powerContract struct {
	Ready       bool    `json:"ready"`
	Lang        string  `json:"lang"`
	Title       string  `json:"title"`
	Search      string  `json:"search"`
	KWh         *string `json:"kwh"`
	MW          *string `json:"mw"`
	Reactors    *string `json:"reactors"`
	SolarGW     *string `json:"solarGW"`
	StorageGWh  *string `json:"storageGWh"`
	SolarKm2    *string `json:"solarKm2"`
	Demand      *string `json:"demand"`
	Capacity    *string `json:"capacity"`
	Additions   *string `json:"additions"`
	USD         *string `json:"usd"`
	HasCapacity bool    `json:"hasCapacity"`
	HasCost     bool    `json:"hasCost"`
	HasCNY      bool    `json:"hasCNY"`
	ErrorField  *string `json:"errorField"`
	ErrorText   *string `json:"errorText"`
	Charts      int     `json:"charts"`
	Text        string  `json:"text"`
}

const powerContractJS = `(() => {
	const q = (s) => document.querySelector(s);
	const data = (s, k) => q(s)?.dataset[k] ?? null;
	return {
		ready: document.documentElement.dataset.app === "ready",
		lang: document.documentElement.lang,
		title: document.title,
		search: location.search,
		kwh: data("#annual-energy", "kwh"),
		mw: data("#facility-mw", "mw"),
		reactors: data("#reactors", "value"),
		solarGW: data("#solar-gw", "gw"),
		storageGWh: data("#storage-gwh", "gwh"),
		solarKm2: data("#solar-land", "km2"),
		demand: data("#demand-share", "percent"),
		capacity: data("#capacity-share", "percent"),
		additions: data("#additions-share", "percent"),
		usd: data("#annual-cost", "usd"),
		hasCapacity: q("#capacity-share") !== null,
		hasCost: q("#annual-cost") !== null,
		hasCNY: q("#annual-cost-cny") !== null,
		errorField: data("#input-error", "field"),
		errorText: q("#input-error")?.textContent ?? null,
		charts: document.querySelectorAll(".chart-panel .chart:has(svg)").length,
		text: document.body.textContent,
	};
})()`

func (tb *tab) powerContract() powerContract {
	tb.t.Helper()
	return eval[powerContract](tb, powerContractJS)
}

// loadPower opens a power page and waits for it to be ready, with its
// result or its error shown and the DOM settled.
func (tb *tab) loadPower(u string) powerContract {
	tb.t.Helper()
	tb.open(u)
	tb.settle(`document.documentElement.dataset.app === "ready" &&
		(document.querySelector("#annual-energy[data-kwh]") !== null || document.querySelector("#input-error") !== null)`,
		"the power page to be ready with a result or an error")
	return tb.powerContract()
}

// planned is the planner's own outcome for a query, computed here.
func planned(t *testing.T, query string) planner.Outcome {
	t.Helper()
	q, err := url.ParseQuery(query)
	if err != nil {
		t.Fatal(err)
	}
	o, err := planner.Plan(planner.FromQuery(q))
	if err != nil {
		t.Fatalf("planner.Plan(%s): %v", query, err)
	}
	return o
}

// checkPlanned holds the page's contract to the planner's numbers for the
// same query: the page computes with the same code, so they agree to
// rounding.
func (tb *tab) checkPlanned(what string, c powerContract, o planner.Outcome) {
	tb.t.Helper()
	if c.ErrorText != nil {
		tb.fatalf("%s shows #input-error %q", what, *c.ErrorText)
	}
	const exact = 1e-9
	tb.near(what+" #annual-energy data-kwh", tb.num("data-kwh", c.KWh), o.AnnualEnergy.Central.KilowattHours(), exact)
	tb.near(what+" #facility-mw data-mw", tb.num("data-mw", c.MW), o.Facility.Central.Megawatts(), exact)
	tb.near(what+" #reactors data-value", tb.num("data-value", c.Reactors), o.Reactors.Units.Central, exact)
	tb.near(what+" #solar-gw data-gw", tb.num("data-gw", c.SolarGW), float64(o.Solar.PV.Central/calc.Gigawatt), exact)
	tb.near(what+" #storage-gwh data-gwh", tb.num("data-gwh", c.StorageGWh), float64(o.Solar.Battery.Central/calc.GigawattHour), exact)
	tb.near(what+" #solar-land data-km2", tb.num("data-km2", c.SolarKm2), o.Solar.Land.Central.SquareKilometres(), exact)
	tb.near(what+" #demand-share data-percent", tb.num("data-percent", c.Demand), o.Shares.Demand.Central, exact)
	if o.HasCapacity {
		tb.near(what+" #capacity-share data-percent", tb.num("data-percent", c.Capacity), o.Shares.Capacity.Central, exact)
	} else if c.Capacity != nil || !c.HasCapacity {
		tb.errorf("%s: no capacity total is sourced, but #capacity-share is %v with data-percent %s", what, c.HasCapacity, deref(c.Capacity))
	}
	if o.HasAdditions {
		tb.near(what+" #additions-share data-percent", tb.num("data-percent", c.Additions), o.Shares.Additions.Central, exact)
	}
	if o.HasPrice {
		tb.near(what+" #annual-cost data-usd", tb.num("data-usd", c.USD), float64(o.CostUSD.Central), exact)
	} else if c.USD != nil || !c.HasCost {
		tb.errorf("%s: no price is sourced, but #annual-cost shows %s", what, deref(c.USD))
	}
}

// TestPowerPage checks /power/ and /zh/power/ against hand figures and
// against the planner's own numbers, on both origins, and that the
// language, the yuan, the charts and an unknown share show as they should.
func TestPowerPage(t *testing.T) {
	requireBrowser(t)
	parent := newTab(t)
	for _, o := range origins() {
		t.Run(o.name, func(t *testing.T) {
			tb := parent.in(t)

			// By hand: 1 GW at a load factor of 1 is 1e6 kW × 8,760 h =
			// 8.76e9 kWh (8.76 TWh) a year; at a 92.4% capacity factor
			// (EIA, US nuclear fleet) that is 1 ÷ 0.924 = 1.08 reactors of
			// 1 GW; 8.76 TWh of the US's 4,000-4,600 TWh a year (EIA,
			// Ember) is 0.19-0.22%.
			const q = "mw=1000&lf=1&region=USA"
			c := tb.loadPower(o.url + "/power/?" + q)
			tb.near("1 GW at lf=1: #annual-energy data-kwh", tb.num("data-kwh", c.KWh), 8.76e9, 1e-9)
			tb.near("1 GW at lf=1: #facility-mw data-mw", tb.num("data-mw", c.MW), 1000, 1e-9)
			tb.near("1 GW at lf=1: #reactors data-value", tb.num("data-value", c.Reactors), 1/0.924, 1e-6)
			if d := tb.num("data-percent", c.Demand); d < 0.19 || d > 0.22 {
				tb.errorf("1 GW at lf=1: #demand-share data-percent = %g, want 0.19-0.22 (8.76 TWh of 4,000-4,600 TWh)", d)
			}
			tb.checkPlanned(q, c, planned(t, q))
			if c.Lang != "en" || !strings.Contains(c.Title, "Powering AI") || !strings.Contains(c.Text, "8.76 TWh") {
				tb.errorf("/power/?%s: <html lang=%q>, <title> %q; the text shows 8.76 TWh: %v", q, c.Lang, c.Title, strings.Contains(c.Text, "8.76 TWh"))
			}
			if c.HasCNY {
				tb.errorf("/power/ shows a cost in yuan; only the Chinese page does")
			}
			tb.poll(stepTimeout, `document.querySelectorAll("#power-charts .chart-panel .chart:has(svg)").length === 2`, "the power page's two charts")
			tb.expectCleanText(q, tb.powerContract().asContract())

			// A named campus in Chinese: region and power from the preset,
			// 吉瓦 for the campus, 亿 for the year's energy, and yuan.
			const zq = "campus=zhongwei-cdi"
			c = tb.loadPower(o.url + "/zh/power/?" + zq)
			tb.checkPlanned(zq, c, planned(t, zq))
			if c.Lang != "zh-Hans" || hanShare(c.Title) < 0.5 {
				tb.errorf("/zh/power/: <html lang=%q>, <title> %q", c.Lang, c.Title)
			}
			for _, want := range []string{"2.5吉瓦", "亿千瓦时", "已宣布", "2025年", "元"} {
				if !strings.Contains(c.Text, want) {
					tb.errorf("/zh/power/?%s does not show %q", zq, want)
				}
			}
			if !c.HasCNY {
				tb.errorf("/zh/power/?%s shows no cost in yuan (#annual-cost-cny)", zq)
			}
			tb.expectCleanText(zq, c.asContract())

			// 100,000 H100 SXM through the system power stack: 137.3 MW,
			// as the calculator's #power-mw; Japan has no sourced total
			// capacity, which must read as unknown, not as 0%.
			const hq = "hw=h100-sxm&n=100000&region=JPN"
			c = tb.loadPower(o.url + "/power/?" + hq)
			tb.checkPlanned(hq, c, planned(t, hq))
			tb.near("100,000 H100 #facility-mw data-mw", tb.num("data-mw", c.MW), 137.3073, 1e-6)
			if !strings.Contains(c.Text, "no sourced total") {
				tb.errorf("/power/?%s does not say Japan's capacity is unknown", hq)
			}
			tb.expectNoProblems(o.name)
		})
	}
}

// TestPowerTyping types a facility power and picks a campus and a country:
// the numbers and the address bar follow.
func TestPowerTyping(t *testing.T) {
	requireBrowser(t)
	tb := newTab(t)
	tb.loadPower(suite.goURL + "/power/?lf=1")
	tb.typeInto("#in-mw", "250")
	tb.settle(`document.querySelector("#facility-mw")?.dataset.mw === "250"`, "#facility-mw to follow the typed 250 MW")
	tb.near("typed mw=250 #annual-energy data-kwh", tb.num("data-kwh", tb.powerContract().KWh), 250e3*8760, 1e-9)

	eval[bool](tb, `(() => {
		const s = document.querySelector("#in-region");
		s.value = "CHN";
		return s.dispatchEvent(new Event("change", {bubbles: true}));
	})()`)
	tb.poll(stepTimeout, `new URLSearchParams(location.search).get("region") === "CHN"`, "the address bar to carry region=CHN")
	tb.settle(`document.documentElement.dataset.app === "ready"`, "the page to settle")
	tb.checkPlanned("mw=250&lf=1&region=CHN", tb.powerContract(), planned(t, "mw=250&lf=1&region=CHN"))

	tb.Click(`label[for="source-cluster"]`)
	tb.poll(stepTimeout, `new URLSearchParams(location.search).get("n") === "100000" && document.querySelector("#in-n") !== null`,
		"a cluster of 100,000 accelerators after choosing the cluster source")
	tb.settle(`document.documentElement.dataset.app === "ready"`, "the page to settle")
	tb.near("cluster #facility-mw data-mw", tb.num("data-mw", tb.powerContract().MW), 137.3073, 1e-6)
	tb.expectNoProblems("typing")
}

// Click clicks the element sel names.
func (tb *tab) Click(sel string) {
	tb.t.Helper()
	run(tb, stepTimeout, "clicking "+sel, chromedp.Click(chromedp.CSS(sel)))
}

// asContract lets the shared text checks read the power page's text.
func (c powerContract) asContract() contract { return contract{Text: c.Text} }

// TestPowerBadInput loads bad links in both languages: each shows
// #input-error naming its parameter in the page's language, and no number
// and no NaN anywhere.
func TestPowerBadInput(t *testing.T) {
	requireBrowser(t)
	parent := newTab(t)
	bad := []struct{ query, field string }{
		{"mw=-5", "mw"},
		{"lf=2", "lf"},
		{"region=XXX", "region"},
		{"campus=nope", "campus"},
		{"mw=1e9", "mw"},
		{"n=10&pue=0.5", "pue"},
	}
	for _, l := range []struct{ lang, prefix, origin string }{{"en", "/power/", suite.goURL}, {"zh", "/zh/power/", suite.staticURL}} {
		t.Run(l.lang, func(t *testing.T) {
			tb := parent.in(t)
			for _, b := range bad {
				c := tb.loadPower(l.origin + l.prefix + "?" + b.query)
				what := l.prefix + "?" + b.query
				switch {
				case c.ErrorText == nil:
					tb.errorf("%s: no #input-error", what)
					continue
				case deref(c.ErrorField) != fmt.Sprintf("%q", b.field):
					tb.errorf("%s: #input-error data-field = %s, want %q", what, deref(c.ErrorField), b.field)
				}
				if msg := strings.TrimSpace(*c.ErrorText); msg == "" || han.MatchString(msg) != (l.lang == "zh") {
					tb.errorf("%s: #input-error %q is not in the page's language (%s)", what, msg, l.lang)
				}
				for name, v := range map[string]*string{"data-kwh": c.KWh, "data-mw": c.MW, "data-value": c.Reactors,
					"data-gw": c.SolarGW, "data-percent": c.Demand, "data-usd": c.USD} {
					if v != nil {
						tb.errorf("%s: %s=%s while the input is invalid", what, name, *v)
					}
				}
				if strings.Contains(*c.ErrorText, " 0 to 0") || strings.Contains(*c.ErrorText, "0到0") {
					tb.errorf("%s: the message gives no limits: %q", what, *c.ErrorText)
				}
				tb.expectCleanText(what, c.asContract())
			}
			tb.expectNoProblems("bad power links")
		})
	}
}

// TestPowerEmbed shows the planner in a widget (view=power), in both
// languages, against the planner's numbers, with its link to the full page.
func TestPowerEmbed(t *testing.T) {
	requireBrowser(t)
	tb := newTab(t)
	for _, lang := range []string{"", "/zh"} {
		const q = "mw=500&region=CHN&lf=0.8"
		u := suite.goURL + lang + "/embed/?" + q + "&view=power&controls=0"
		c := tb.loadPower(u)
		tb.checkPlanned(u, c, planned(t, q))
		if n := eval[int](tb, `document.querySelectorAll("#power form, #power input, #power-charts").length`); n != 0 {
			tb.errorf("%s: controls=0 and a compact view, but %d form or chart elements are shown", u, n)
		}
		link := eval[string](tb, `document.querySelector(".embed-footer a").href`)
		lu, err := url.Parse(link)
		if err != nil {
			tb.fatalf("%s: footer link %q: %v", u, link, err)
		}
		if lu.Path != lang+"/power/" || lu.Query().Get("mw") != "500" || lu.Query().Get("region") != "CHN" || lu.Query().Has("view") {
			tb.errorf("%s: the full page link %q does not open /power/ with the same inputs", u, link)
		}
		tb.expectCleanText(u, c.asContract())
		tb.screenshot(strings.Trim(lang, "/") + "embed-power")
	}
	tb.expectNoProblems("power embeds")
}

// TestPowerOffline installs the service worker from a server of its own,
// visits /power/ once, stops the server and opens the Chinese power page
// with a query it never saw: it comes from the cache and computes.
func TestPowerOffline(t *testing.T) {
	requireBrowser(t)
	t.Parallel()
	parent := newTab(t)
	for _, o := range []string{"go", "static"} {
		t.Run(o, func(t *testing.T) {
			tb := parent.in(t)
			var srv *proc
			var err error
			if o == "go" {
				srv, err = startGoServer(t.Cleanup)
			} else {
				srv, err = startStatic(t.Cleanup, suite.staticDir, "/")
			}
			if err != nil {
				t.Fatal(err)
			}
			tb.loadPower(srv.url + "/power/")
			tb.poll(60*time.Second, `navigator.serviceWorker.controller !== null`,
				"the service worker to install and control the page")
			tb.settle("true", "the page to settle once the service worker controls it")
			tb.expectNoProblems("online")

			srv.stop()
			if res, err := (&http.Client{Timeout: 2 * time.Second}).Get(srv.url + "/power/"); err == nil {
				res.Body.Close()
				t.Fatalf("the server still answers after it was stopped")
			}
			const q = "campus=xai-colossus&lf=0.9"
			c := tb.loadPower(srv.url + "/zh/power/?" + q)
			if c.Lang != "zh-Hans" {
				tb.errorf("offline /zh/power/: <html lang=%q>, want zh-Hans", c.Lang)
			}
			tb.checkPlanned("offline "+q, c, planned(t, q))
			tb.expectNoProblems("offline")
		})
	}
}

// TestPowerScreenshots photographs the power page in both languages at a
// phone's and a laptop's width, and fails when it is wider than the screen.
func TestPowerScreenshots(t *testing.T) {
	requireBrowser(t)
	tb := newTab(t)
	defer run(tb, stepTimeout, "resetting the viewport", chromedp.EmulateViewport(1280, 900))
	for _, p := range []string{"/power/", "/zh/power/?campus=stargate-abilene", "/power/?n=100000&region=DEU"} {
		for i, v := range viewports {
			var opts []chromedp.EmulateViewportOption
			if v.mobile {
				opts = append(opts, chromedp.EmulateMobile)
			}
			run(tb, stepTimeout, "emulating "+v.name, chromedp.EmulateViewport(v.width, v.height, opts...))
			if i == 0 {
				tb.loadPower(suite.goURL + p)
			} else {
				tb.settle(fmt.Sprintf(`document.documentElement.clientWidth === %d`, v.width), "the page to take the width "+v.name)
			}
			tb.poll(stepTimeout, `document.querySelectorAll("#power-charts .chart-panel .chart:has(svg)").length === 2`, "the charts of "+p)
			tb.settle(`document.fonts.status === "loaded"`, "the fonts")
			tb.t.Logf("%s", tb.screenshot(strings.NewReplacer("/", "-", "?", "", "=", "-", "&", "-").Replace(strings.Trim(p, "/"))+"@"+v.name))
			tb.checkWidth(p, v)
		}
	}
	tb.expectNoProblems("power screenshots")
}
