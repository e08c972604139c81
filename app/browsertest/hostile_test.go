//go:build !js

package browsertest

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// hostileJS runs before every document's own scripts: it replaces the
// dialogs and hooks the console, so that a payload that runs anything is
// recorded in window.__hostile instead of blocking the page.
const hostileJS = `(() => {
	const hits = [];
	Object.defineProperty(window, "__hostile", { value: hits });
	for (const name of ["alert", "confirm", "prompt", "print"]) {
		window[name] = (...args) => { hits.push(name + "(" + args.join(",") + ")"); };
	}
	for (const name of ["log", "info", "warn", "error", "debug"]) {
		const orig = console[name].bind(console);
		console[name] = (...args) => {
			if (args.some((a) => String(a).includes("wl-canary"))) hits.push("console." + name);
			return orig(...args);
		};
	}
})()`

// payloads are the raw values fed to every parameter.
var payloads = []string{
	`<script>alert(1)</script>`,
	`"><img src=x onerror=alert(1)>`,
	`javascript:alert(1)`,
	`'><svg onload=console.log('wl-canary')>`,
	`"><meta http-equiv=refresh content=0,url=//elsewhere/ data-wl-inject>`, // no ";": Go drops a pair holding one
	`\"><style data-wl-inject>body{display:none}</style>`,
}

// encodings put a payload in a URL: as typed (the browser encodes what it
// must), percent-encoded once, and percent-encoded twice.
var encodings = []struct {
	name string
	enc  func(string) string
}{
	{"raw", func(s string) string { return s }},
	{"encoded", url.QueryEscape},
	{"double", func(s string) string { return url.QueryEscape(url.QueryEscape(s)) }},
}

// contractParams are the URL contract's parameters plus dv.
var contractParams = []string{"preset", "method", "hw", "n", "hours", "gpuh", "w", "pue", "flops",
	"params", "tokens", "mfu", "region", "ci", "qwh", "qpd", "days", "dv", "facility", "grid"}

// embedParams are the widget's own.
var embedParams = []string{"view", "theme", "controls"}

// powerParams are the power planner's.
var powerParams = []string{"campus", "mw", "hw", "n", "pue", "lf", "region"}

type hostilePage struct {
	path  string
	calc  bool // reads the contract parameters and shows #input-error
	embed bool // reads view, theme and controls too
	power bool // reads powerParams instead, and shows #input-error
}

var hostilePages = []hostilePage{
	{"/", true, false, false}, {"/zh/", true, false, false},
	{"/methodology/", false, false, false}, {"/zh/methodology/", false, false, false},
	{"/embed/", true, true, false}, {"/zh/embed/", true, true, false},
	{"/power/", false, false, true}, {"/zh/power/", false, false, true},
}

// domCheckJS lists what an injection would leave in the DOM: attributes
// whose value is a javascript: URL, on* handler attributes, elements a
// payload would create, and inline scripts other than the app's loader,
// whose text must be app/site/boot.js exactly (WATT_BOOT_JS).
const domCheckJS = `(() => {
	const bad = [];
	for (const el of document.querySelectorAll("*")) {
		for (const a of el.attributes) {
			const v = a.value.replace(/[\u0000-\u0020]/g, "").toLowerCase();
			if (v.startsWith("javascript:") || v.startsWith("data:text/html") || v.startsWith("vbscript:")) {
				bad.push(el.tagName + "[" + a.name + "=" + a.value + "]");
			}
			if (a.name.toLowerCase().startsWith("on")) bad.push(el.tagName + "[" + a.name + "]");
		}
	}
	for (const el of document.querySelectorAll('img[src="x"], svg[onload], script:not([src]), [data-wl-inject], meta[http-equiv="refresh" i]')) {
		if (el.tagName === "SCRIPT" && el.textContent === WATT_BOOT_JS) continue;
		bad.push("element " + el.outerHTML.slice(0, 80));
	}
	return bad.concat(window.__hostile);
})()`

// servedCheckJS fetches the page again and parses it without running it:
// the elements a payload would create, found in the server's HTML.
const servedCheckJS = `fetch(location.href, {cache: "no-store"}).then((r) => r.text()).then((text) => {
	const doc = new DOMParser().parseFromString(text, "text/html");
	return Array.from(doc.querySelectorAll('[data-wl-inject], meta[http-equiv="refresh" i], img[src="x"], svg[onload]'),
		(el) => el.outerHTML.slice(0, 80));
})`

// TestHostileInput feeds injection payloads to every parameter of every
// page in both languages: nothing runs, nothing reaches the DOM as markup
// or as a javascript: URL, and each page that reads the parameter shows
// #input-error naming it.
func TestHostileInput(t *testing.T) {
	requireBrowser(t)
	// Each parameter alone, on the English calculator and the Chinese
	// widget (which reads every parameter), cycling through payloads and
	// encodings so that every pair is used. Every page load compiles the
	// WebAssembly, so the other pages get the all-at-once run below.
	t.Run("each", func(t *testing.T) {
		for i, p := range hostilePages {
			if p.path != "/" && p.path != "/zh/embed/" {
				continue
			}
			t.Run(safeName(p.path), func(t *testing.T) {
				t.Parallel()
				tb := newHostileTab(t)
				params := contractParams
				if p.embed {
					params = append(append([]string(nil), contractParams...), embedParams...)
				}
				for j, param := range params {
					v := i + j
					pl, enc := payloads[v%len(payloads)], encodings[(v/len(payloads))%len(encodings)]
					want := ""
					if p.calc && (p.embed || !contains(embedParams, param)) {
						want = param
					}
					tb.checkHostile(suite.goURL+p.path+"?"+param+"="+enc.enc(pl), want, want != "" && !contains(embedParams, param))
				}
			})
		}
	})
	// Every parameter at once on every page of both origins (the static
	// export has no server to re-encode anything), one payload and
	// encoding per page, rotating so that each is used.
	t.Run("all", func(t *testing.T) {
		for k, o := range origins() {
			for i, p := range hostilePages {
				t.Run(o.name+"/"+safeName(p.path), func(t *testing.T) {
					t.Parallel()
					tb := newHostileTab(t)
					for j, pl := range payloads {
						if (i+k*len(hostilePages)+j)%len(payloads) != 0 && !(i == 0 && k == 0) {
							continue
						}
						enc := encodings[(i+j)%len(encodings)]
						params := append(append([]string(nil), contractParams...), embedParams...)
						if p.power {
							params = powerParams
						}
						var q []string
						for _, param := range params {
							q = append(q, param+"="+enc.enc(pl))
						}
						want := ""
						if p.calc || p.power {
							want = "*"
						}
						tb.checkHostile(fmt.Sprintf("%s%s?%s", o.url, p.path, strings.Join(q, "&")), want, p.calc)
					}
				})
			}
		}
	})
}

// newHostileTab opens a tab with the hostile-input hooks installed.
func newHostileTab(t *testing.T) *tab {
	tb := newTab(t)
	run(tb, stepTimeout, "installing the hostile-input hooks", chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: hostileJS})
		return err
	}))
	return tb
}

// checkHostile loads u and checks that nothing ran or reached the DOM,
// and, when wantField is set, that #input-error names it ("*": any field)
// and no result is shown while invalid is true.
func (tb *tab) checkHostile(u, wantField string, invalid bool) {
	tb.t.Helper()
	tb.open(u)
	tb.waitWidget()
	if bad := eval[[]string](tb, strings.Replace(domCheckJS, "WATT_BOOT_JS", suite.bootJS, 1)); len(bad) > 0 {
		tb.errorf("%s: injection reached the page: %s", u, strings.Join(bad, "; "))
	}
	// The page as the server wrote it, parsed by this browser: markup
	// injected there may be gone once go-app has drawn its own elements.
	if served := run(tb, stepTimeout, "parsing the served page", chromedp.Evaluate[[]string](servedCheckJS, chromedp.EvalAwaitPromise)); len(served) > 0 {
		tb.errorf("%s: injection in the served HTML: %s", u, strings.Join(served, "; "))
	}
	if wantField != "" {
		c := tb.contract()
		if c.ErrorField == nil || *c.ErrorField == "" {
			tb.errorf("%s: no #input-error naming a field", u)
		} else if wantField != "*" && *c.ErrorField != wantField {
			tb.errorf("%s: #input-error names %q, want %q", u, *c.ErrorField, wantField)
		}
		if invalid && c.KWh != nil {
			tb.errorf("%s: #energy carries data-kwh=%s while an input is invalid", u, *c.KWh)
		}
	}
	// Console errors are not checked: an invalid input is not one, and the
	// hooks report a payload that ran.
	tb.takeProblems()
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
