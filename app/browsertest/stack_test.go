//go:build !js

package browsertest

import (
	"fmt"
	"math"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// A visitor's own run: 100,000 H100 SXM for 90 days in the United States.
// Public reporting on 100,000-H100 sites puts them near 150 MW, about
// 1.4-1.5 kW per GPU once servers, network and cooling are counted; the
// model's facility power must land in that neighbourhood, not at the
// 67 MW the chip alone gave.
const (
	customRun       = "?preset=custom&hw=h100-sxm&n=100000&hours=2160&region=USA"
	customGPUs      = 100000
	kwPerH100Low    = 1.2 // kW per GPU at the facility, the band's edges
	kwPerH100High   = 1.6
	customHoursRun  = 2160
	stackPartsOrder = "accelerators,servers,network,cooling"
)

// stackState is the power stack section and what it must agree with.
type stackState struct {
	Title     string    `json:"title"`
	Parts     []string  `json:"parts"`
	MWs       []float64 `json:"mws"`
	Labels    []string  `json:"labels"`
	PowerMW   float64   `json:"powerMW"`
	KWh       float64   `json:"kwh"`
	Low       float64   `json:"low"`
	High      float64   `json:"high"`
	FullKWh   float64   `json:"fullKWh"`
	Omits     string    `json:"omits"`
	Preset    string    `json:"preset"`
	N         string    `json:"n"`
	Swings    int       `json:"swings"`
	SwingText string    `json:"swingText"`
	StackSVG  bool      `json:"stackSVG"`
	Text      string    `json:"text"`
}

const stackJS = `(() => {
	const q = (s) => document.querySelector(s);
	const num = (s, k) => Number(q(s)?.dataset[k] ?? NaN);
	const parts = [...document.querySelectorAll("#power-stack [data-part]")];
	return {
		title: q("#result-title")?.textContent ?? "",
		parts: parts.map((e) => e.dataset.part),
		mws: parts.map((e) => Number(e.dataset.mw)),
		labels: parts.map((e) => e.querySelector(".part-name")?.textContent ?? ""),
		powerMW: num("#power-mw", "mw"),
		kwh: num("#energy", "kwh"),
		low: num("#energy", "kwhLow"),
		high: num("#energy", "kwhHigh"),
		fullKWh: num("#full-system", "kwh"),
		omits: q(".stack-omits")?.textContent ?? "",
		preset: q("#in-preset")?.value ?? "",
		n: q("#in-n")?.value ?? "",
		swings: document.querySelectorAll("#chart-sensitivity tbody tr").length,
		swingText: q("#chart-sensitivity")?.textContent ?? "",
		stackSVG: q("#chart-stack svg") !== null,
		text: document.body.textContent,
	};
})()`

func (tb *tab) stack() stackState {
	tb.t.Helper()
	return eval[stackState](tb, stackJS)
}

// TestCustomRunAndPowerStack opens a run of the visitor's own in both
// languages: its title describes it, the stack's four parts sum to the
// cluster's power, that power sits in the band public reporting gives,
// the range is a real range, and the sensitivity view lists the inputs.
func TestCustomRunAndPowerStack(t *testing.T) {
	requireBrowser(t)
	t.Parallel()
	parent := newTab(t)
	for _, c := range []struct {
		lang, base, title string
		labels            []string
		sensitivity       string
	}{
		{"en", "/", "100,000 × NVIDIA H100 SXM for 90 days",
			[]string{"Accelerators", "Rest of the servers", "Network and storage", "Cooling and power conversion"}, "Accelerator power"},
		{"zh", "/zh/", "10万块英伟达H100 SXM，运行90天",
			[]string{"加速卡", "服务器其余部分", "网络与存储", "冷却与供配电损耗"}, "PUE"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			tb := parent.in(t)
			tb.load(suite.goURL + c.base + customRun)
			tb.settle(`document.querySelector("#chart-sensitivity tbody tr") !== null`, "the sensitivity chart")
			s := tb.stack()
			if !strings.Contains(s.Title, c.title) {
				tb.errorf("#result-title = %q, want it to describe the run as %q", s.Title, c.title)
			}
			if s.Preset != "custom" {
				tb.errorf("#in-preset = %q, want custom", s.Preset)
			}
			tb.checkStackSums(s)
			if got := strings.Join(s.Labels, ","); got != strings.Join(c.labels, ",") {
				tb.errorf("the stack's labels are %q, want %q", got, strings.Join(c.labels, ","))
			}
			perGPU := s.PowerMW * 1000 / customGPUs
			if perGPU < kwPerH100Low || perGPU > kwPerH100High {
				tb.errorf("#power-mw = %.1f MW is %.2f kW per H100, outside the %.1f-%.1f kW public reporting gives", s.PowerMW, perGPU, kwPerH100Low, kwPerH100High)
			}
			tb.near("data-kwh = power × hours", s.KWh, s.PowerMW*1000*customHoursRun, rel)
			if !(s.Low < s.KWh && s.KWh < s.High) {
				tb.errorf("range %g < %g < %g does not hold for a run built on defaults", s.Low, s.KWh, s.High)
			}
			if s.Swings < 3 || !strings.Contains(s.SwingText, c.sensitivity) {
				tb.errorf("#chart-sensitivity has %d rows and text %.200q; want at least 3 rows naming %q", s.Swings, s.SwingText, c.sensitivity)
			}
			if !s.StackSVG {
				tb.errorf("#chart-stack has no drawn chart")
			}
			tb.expectCleanText("custom run "+c.lang, tb.contract())
			tb.expectNoProblems(c.lang)
		})
	}
}

// checkStackSums checks the DOM contract: the four parts in order, each a
// positive number of MW, summing to #power-mw.
func (tb *tab) checkStackSums(s stackState) {
	tb.t.Helper()
	if got := strings.Join(s.Parts, ","); got != stackPartsOrder {
		tb.fatalf("#power-stack parts are %q, want %q", got, stackPartsOrder)
	}
	sum := 0.0
	for i, mw := range s.MWs {
		if !(mw >= 0) || math.IsInf(mw, 0) {
			tb.errorf("#power-stack [data-part=%s] data-mw = %v", s.Parts[i], mw)
		}
		sum += mw
	}
	tb.near("the stack's parts summed", sum, s.PowerMW, 1e-6)
}

// TestPresetShowsItsWholeFacility opens the published GPT-3 run: its
// energy stays the published basis, and beside it the whole facility's,
// larger, with what the published figure leaves out.
func TestPresetShowsItsWholeFacility(t *testing.T) {
	requireBrowser(t)
	t.Parallel()
	tb := newTab(t)
	for _, c := range []struct{ base, omits string }{{"/", "network"}, {"/zh/", "网络"}} {
		tb.load(suite.goURL + c.base + "?preset=gpt-3")
		s := tb.stack()
		tb.near("GPT-3's published basis", s.KWh, gpt3KWh, rel)
		if !(s.FullKWh > s.KWh) {
			tb.errorf("%s: #full-system data-kwh = %v, want more than the published %v", c.base, s.FullKWh, s.KWh)
		}
		if !strings.Contains(s.Omits, c.omits) {
			tb.errorf("%s: .stack-omits = %q, want it to name %q", c.base, s.Omits, c.omits)
		}
		tb.checkStackSums(s)
	}
	tb.expectNoProblems("preset")
}

// TestChangingTheAcceleratorKeepsTheRun picks another accelerator on a
// preset: count and hours stay, the run becomes the visitor's own (its
// title says so) and nothing blames an empty field.
func TestChangingTheAcceleratorKeepsTheRun(t *testing.T) {
	requireBrowser(t)
	t.Parallel()
	tb := newTab(t)
	tb.load(suite.goURL + "/?preset=gpt-3")
	tb.choose("#in-hw", "h100-sxm")
	tb.settle(`new URLSearchParams(location.search).get("hw") === "h100-sxm" && document.querySelector("#energy[data-kwh]") !== null`,
		"the run to be recomputed on the H100")
	s := tb.stack()
	c := tb.contract()
	if c.ErrorText != nil {
		tb.errorf("choosing another accelerator shows #input-error %q", *c.ErrorText)
	}
	if s.N != "10000" {
		tb.errorf("#in-n = %q after choosing another accelerator, want GPT-3's 10000 kept", s.N)
	}
	if want := "10,000 × NVIDIA H100 SXM for"; !strings.Contains(s.Title, want) {
		tb.errorf("#result-title = %q, want the run described (%q)", s.Title, want)
	}
	tb.checkStackSums(s)
	tb.expectNoProblems("choose hw")
}

// TestComparisonRegionKeepsTheGrid chooses India's homes to compare
// DeepSeek-V3's run with: the households change, the emissions (China's
// grid, where it ran) do not, and the link names both.
func TestComparisonRegionKeepsTheGrid(t *testing.T) {
	requireBrowser(t)
	t.Parallel()
	tb := newTab(t)
	tb.load(suite.goURL + "/?preset=deepseek-v3")
	before := tb.contract()
	tb.choose("#in-region", "IND")
	tb.settle(`new URLSearchParams(location.search).get("region") === "IND"`, "the region to become India")
	after := tb.contract()
	tb.near("CO2e after choosing India's homes", tb.num("data-kg", after.KG), tb.num("data-kg", before.KG), 1e-9)
	if deref(after.Households) == deref(before.Households) {
		tb.errorf("#households stayed %s after choosing India", deref(after.Households))
	}
	q, err := url.ParseQuery(strings.TrimPrefix(after.Search, "?"))
	if err != nil || q.Get("grid") != "CHN" {
		tb.errorf("location.search = %q, want grid=CHN kept beside region=IND", after.Search)
	}
	tb.expectNoProblems("region")
}

// TestPowerStackScreenshots photographs the custom run's result and stack
// at a phone's and a laptop's width in both languages, and fails when the
// page is wider than the screen.
func TestPowerStackScreenshots(t *testing.T) {
	requireBrowser(t)
	t.Parallel()
	tb := newTab(t)
	defer run(tb, stepTimeout, "resetting the viewport", chromedp.EmulateViewport(1280, 900))
	for _, page := range []struct{ lang, base string }{{"en", "/"}, {"zh", "/zh/"}} {
		base := page.base
		for _, v := range viewports {
			var opts []chromedp.EmulateViewportOption
			if v.mobile {
				opts = append(opts, chromedp.EmulateMobile)
			}
			run(tb, stepTimeout, "emulating "+v.name, chromedp.EmulateViewport(v.width, v.height, opts...))
			tb.load(suite.goURL + base + customRun)
			tb.settle(`document.fonts.status === "loaded"`, "the fonts")
			tb.t.Logf("%s", tb.screenshot(fmt.Sprintf("custom-%s@%s", page.lang, v.name)))
			tb.checkWidth(base+customRun, v)
		}
	}
	tb.expectNoProblems("stack screenshots")
}

// choose picks an option of a <select> as a visitor would: the value
// changes and a change event follows.
func (tb *tab) choose(sel, value string) {
	tb.t.Helper()
	ok := eval[bool](tb, fmt.Sprintf(`(() => {
		const s = document.querySelector(%s);
		if (!s || ![...s.options].some((o) => o.value === %s)) return false;
		s.value = %s;
		s.dispatchEvent(new Event("change", {bubbles: true}));
		return true;
	})()`, strconv.Quote(sel), strconv.Quote(value), strconv.Quote(value)))
	if !ok {
		tb.fatalf("%s has no option %q", sel, value)
	}
}

// TestAbsurdComputeIsFlagged: 1e30 FLOP on 10,000 V100s would take
// thousands of years; the page says how long, in the page's language, and
// warns.
func TestAbsurdComputeIsFlagged(t *testing.T) {
	requireBrowser(t)
	t.Parallel()
	tb := newTab(t)
	for _, c := range []struct{ base, unit string }{{"/", "years"}, {"/zh/", "年"}} {
		tb.load(suite.goURL + c.base + "?preset=custom&method=compute&hw=v100&n=10000&flops=1e30")
		got := eval[[]string](tb, `[document.querySelector("#wall-clock")?.textContent ?? "",
			document.querySelector('#warnings [data-warning="wallclock-long"]')?.textContent ?? ""]`)
		if !strings.Contains(got[0], c.unit) || !strings.Contains(got[1], c.unit) {
			tb.errorf("%s: #wall-clock %q and the wall-clock warning %q should both give the time in %s", c.base, got[0], got[1], c.unit)
		}
	}
	tb.expectNoProblems("absurd compute")
}

// TestCalculatorLinksToThePlanner follows the calculator's link for a run
// of 100,000 H100s: the power planner opens with the same cluster and shows
// the same facility power as the calculator's #power-mw.
func TestCalculatorLinksToThePlanner(t *testing.T) {
	requireBrowser(t)
	t.Parallel()
	tb := newTab(t)
	for _, base := range []string{"/", "/zh/"} {
		tb.load(suite.goURL + base + customRun)
		tb.settle(`document.querySelector("#power-mw[data-mw]") !== null && document.querySelector("#to-planner") !== null`,
			"the cluster's power and the planner link")
		calcMW := tb.stack().PowerMW
		link := eval[string](tb, `document.querySelector("#to-planner")?.href ?? ""`)
		if !strings.Contains(link, base+"power/?") {
			tb.fatalf("%s: #to-planner links to %q, want the planner in the same language", base, link)
		}
		tb.load(link)
		planMW := eval[float64](tb, `Number(document.querySelector("#facility-mw")?.dataset.mw ?? NaN)`)
		tb.near(base+" planner's #facility-mw against the calculator's #power-mw", planMW, calcMW, 1e-6)
	}
	tb.expectNoProblems("planner link")
}
