//go:build !js

package browsertest

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// hostPage is an article on another origin that embeds two widgets with
// embed.js from the widget origin: a result and a chart, in two languages.
// It records every message it receives, and which frame sent it, so that
// the test can tell the widgets' reports from the spoofed ones.
const hostPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>An article</title><link rel="icon" href="data:,"></head>
<body style="margin:0">
<h1>An article about AI and electricity</h1>
<p>Some text before the widget.</p>
<div id="a" data-watt-ledger="?preset=gpt-3&amp;n=10%%2C000&amp;evil=%%3Cscript%%3E" data-view="result" data-controls="0"></div>
<p>Some text between the widgets.</p>
<div id="b" data-watt-ledger="?preset=bloom-176b&amp;region=CHN" data-lang="zh" data-view="chart-growth" data-theme="dark" data-controls="0"></div>
<script>
window.__msgs = [];
window.addEventListener("message", (e) => {
	const frames = [...document.querySelectorAll("iframe")];
	window.__msgs.push({origin: e.origin, frame: frames.findIndex((f) => f.contentWindow === e.source),
		type: e.data && e.data.type, height: e.data && e.data.height});
});
</script>
<script src="%s/embed.js"></script>
</body></html>`

// spoofPage is a frame on the host's origin that claims a height.
const spoofPage = `<!doctype html><html><body><script>
parent.postMessage({type: "watt-ledger:resize", height: 3333}, "*");
</script></body></html>`

// clobberPage is a host page that tries to take embed.js over through
// named access: an image named currentScript, pointing at the host's own
// origin, shadows document.currentScript; a form with id WattLedger (and
// an input named init) stands in for window.WattLedger; an image named
// querySelectorAll shadows document.querySelectorAll.
const clobberPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A hostile article</title><link rel="icon" href="data:,"></head>
<body style="margin:0">
<img name="currentScript" src="/attacker/pixel.gif" alt="">
<img name="querySelectorAll" src="/attacker/pixel.gif" alt="">
<form id="WattLedger"><input name="init"></form>
<div id="a" data-watt-ledger="?preset=gpt-3" data-controls="0"></div>
<script>
window.__msgs = [];
window.addEventListener("message", (e) => {
	const frames = [...Document.prototype.querySelectorAll.call(document, "iframe")];
	window.__msgs.push({origin: e.origin, frame: frames.findIndex((f) => f.contentWindow === e.source),
		type: e.data && e.data.type, height: e.data && e.data.height});
});
</script>
<script src="%s/embed.js"></script>
</body></html>`

// pixelGIF is a 1×1 transparent GIF, the clobbering images' source.
const pixelGIF = "GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"

// startHost serves the host page for widgetOrigin on a second loopback
// origin (another port).
func startHost(t *testing.T, widgetOrigin string) string {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, hostPage, widgetOrigin)
	})
	mux.HandleFunc("/clobber", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, clobberPage, widgetOrigin)
	})
	mux.HandleFunc("/attacker/pixel.gif", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/gif")
		fmt.Fprint(w, pixelGIF)
	})
	mux.HandleFunc("/spoof", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, spoofPage)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv.URL
}

type frameInfo struct {
	Src     string `json:"src"`
	Title   string `json:"title"`
	Loading string `json:"loading"`
	Height  int    `json:"height"`
	Reports int    `json:"reports"`
	Last    int    `json:"last"`
}

// framesJS describes the host page's widget frames: attributes, height and
// the resize reports each has sent.
// It reads the document through Document.prototype, which the clobbering
// host page cannot shadow.
const framesJS = `[...Document.prototype.querySelectorAll.call(document, "iframe[data-watt-ledger-frame]")].map((f) => {
	const all = [...Document.prototype.querySelectorAll.call(document, "iframe")];
	const mine = window.__msgs.filter((m) => m.frame === all.indexOf(f) && m.type === "watt-ledger:resize");
	return {src: f.src, title: f.title, loading: f.loading, height: Math.round(f.getBoundingClientRect().height),
		reports: mine.length, last: mine.length ? mine[mine.length - 1].height : -1};
})`

// settledFrames waits until n widget frames have each reported a height,
// taken it (clamped), and kept it for frameQuietMS of the page's clock,
// then returns the frames. The poll runs in the page: it keeps the last
// description it saw and since when, so no fixed sleep paces it.
func (tb *tab) settledFrames(n int) []frameInfo {
	tb.t.Helper()
	tb.poll(readyTimeout, fmt.Sprintf(`(() => {
		const fs = %s;
		const ok = fs.length === %d && fs.every((f) => f.reports > 0 && f.height === Math.min(4000, Math.max(120, f.last)));
		const cur = JSON.stringify(fs);
		if (!ok || cur !== window.__framesSeen) {
			window.__framesSeen = cur;
			window.__framesSince = performance.now();
			return false;
		}
		return performance.now() - window.__framesSince >= %d;
	})()`, framesJS, n, frameQuietMS), fmt.Sprintf("%d widgets to report a height and keep it for %d ms", n, frameQuietMS))
	return eval[[]frameInfo](tb, framesJS)
}

// frameQuietMS is how long the frames' heights must hold: a widget reports
// again as its charts and fonts arrive.
const frameQuietMS = 600

// TestEmbedScript embeds two widgets through embed.js on a host page of
// another origin: the frames point at the widget origin with the
// allow-listed query, follow the widgets' heights, and ignore resize
// messages from anyone else.
func TestEmbedScript(t *testing.T) {
	parent := newTab(t)
	for _, o := range origins() {
		t.Run(o.name, func(t *testing.T) {
			tb := parent.in(t)
			host := startHost(t, o.url)
			tb.open(host + "/article")
			fs := tb.settledFrames(2)

			a, b := fs[0], fs[1]
			ua, _ := url.Parse(a.Src)
			ub, _ := url.Parse(b.Src)
			if got := ua.Scheme + "://" + ua.Host; got != o.url || ua.Path != "/embed/" || ub.Path != "/zh/embed/" {
				tb.errorf("frame sources %q and %q, want %s/embed/ and /zh/embed/", a.Src, b.Src, o.url)
			}
			qa, qb := ua.Query(), ub.Query()
			if qa.Get("preset") != "gpt-3" || qa.Get("n") != "10,000" || qa.Has("evil") || qa.Has("view") || qa.Get("controls") != "0" {
				tb.errorf("frame a's query %q: want preset, n and controls=0 only (the unknown parameter dropped, values re-encoded)", ua.RawQuery)
			}
			if qb.Get("preset") != "bloom-176b" || qb.Get("region") != "CHN" || qb.Get("view") != "chart-growth" || qb.Get("theme") != "dark" {
				tb.errorf("frame b's query %q lacks its inputs or options", ub.RawQuery)
			}
			if a.Loading != "lazy" || b.Loading != "lazy" {
				tb.errorf("frames load %q and %q, want lazy", a.Loading, b.Loading)
			}
			if !strings.Contains(a.Title, "Watt Ledger") || !han.MatchString(b.Title) {
				tb.errorf("frame titles %q and %q: want English and Chinese", a.Title, b.Title)
			}
			if a.Height == b.Height {
				tb.errorf("the result widget and the chart widget are both %d px high", a.Height)
			}
			if a.Height < 200 || b.Height < 200 {
				tb.errorf("widget heights %d and %d px: too small for their content", a.Height, b.Height)
			}
			t.Logf("heights: result %d px, chart-growth %d px", a.Height, b.Height)
			tb.screenshot("host-" + o.name)

			// Spoofed reports: from the host page itself, from a frame of
			// the host's origin, and from a frame of the widget's own
			// origin that embed.js did not create.
			eval[any](tb, `window.postMessage({type: "watt-ledger:resize", height: 2222}, "*"); 0`)
			eval[any](tb, fmt.Sprintf(`(() => {
				const spoof = document.createElement("iframe");
				spoof.src = %q;
				spoof.style.cssText = "position:fixed;top:0;left:0;width:60px;height:60px";
				document.body.appendChild(spoof);
				const stray = document.createElement("iframe");
				stray.src = %q;
				stray.style.cssText = "position:fixed;top:0;left:80px;width:320px;height:300px";
				document.body.appendChild(stray);
				return 0;
			})()`, host+"/spoof", o.url+"/embed/?view=sources&controls=1"))
			tb.poll(readyTimeout, `(() => {
				const all = [...document.querySelectorAll("iframe")];
				const m = window.__msgs;
				return m.some((x) => x.height === 2222) && m.some((x) => x.height === 3333) &&
					m.some((x) => x.frame === all.length - 1 && x.type === "watt-ledger:resize");
			})()`, "the spoofed messages to arrive: "+eval[string](tb, `JSON.stringify([window.__msgs, [...document.querySelectorAll("iframe")].map((f) => [f.src, f.loading, f.getBoundingClientRect().top])])`))
			// embed.js handles a message in the same dispatch as the page's
			// recorder (__msgs), so once all three are recorded it has
			// obeyed or ignored them: no wait is needed before looking.
			after := eval[[]frameInfo](tb, framesJS)
			for i := range fs {
				if after[i].Height != fs[i].Height {
					tb.errorf("frame %d changed from %d to %d px after spoofed messages", i, fs[i].Height, after[i].Height)
				}
			}

			// Changing data-view and calling init again rebuilds the frame
			// with the new view, and it takes the new content's height.
			eval[any](tb, `document.querySelector("#a").setAttribute("data-view", "sources"); WattLedger.init(); 0`)
			tb.poll(stepTimeout, `document.querySelector("#a iframe").src.includes("view=sources")`, "frame a to show view=sources")
			re := tb.settledFrames(2)
			if re[0].Height == fs[0].Height {
				tb.errorf("frame a is %d px high both as result and as sources", re[0].Height)
			}
			if n := eval[int](tb, `document.querySelectorAll("#a iframe").length`); n != 1 {
				tb.errorf("#a holds %d frames after init, want 1", n)
			}
			t.Logf("after re-init: sources %d px", re[0].Height)
			tb.expectNoProblems(o.name)
		})
	}
}

// TestEmbedScriptClobbered loads embed.js on a page whose elements shadow
// the globals it reads: the widget is still built, from the widget's own
// origin, follows its height, and window.WattLedger is embed.js's.
func TestEmbedScriptClobbered(t *testing.T) {
	tb := newTab(t)
	o := origins()[0]
	host := startHost(t, o.url)
	tb.open(host + "/clobber")
	fs := tb.settledFrames(1)
	u, err := url.Parse(fs[0].Src)
	if err != nil || u.Scheme+"://"+u.Host != o.url || u.Path != "/embed/" {
		tb.errorf("the widget frame loads %q, want %s/embed/", fs[0].Src, o.url)
	}
	if got := eval[string](tb, `Object.getOwnPropertyDescriptor(window, "WattLedger").value.origin`); got != o.url {
		tb.errorf("window.WattLedger.origin is %q, want %s", got, o.url)
	}
	if got := eval[string](tb, `window.WattLedger instanceof HTMLFormElement ? "form" : typeof WattLedger.init`); got != "function" {
		tb.errorf("window.WattLedger: %s, want embed.js's own", got)
	}
	tb.expectNoProblems("clobbering host page")
}

// TestEmbedPages checks the widget pages themselves: every view in both
// languages shows its content, the link to the full calculator carries the
// same inputs (re-encoded) and the data version, and a view, theme or
// controls value that is not known is reported by name.
func TestEmbedPages(t *testing.T) {
	tb := newTab(t)
	base := suite.goURL
	for _, lang := range []string{"", "/zh"} {
		for _, view := range []string{"result", "sources", "chart-sources", "chart-growth", "chart-scale", "chart-co2"} {
			for _, theme := range []string{"light", "dark"} {
				u := fmt.Sprintf("%s%s/embed/?preset=llama-2-70b&region=gbr&n=1%%2C000&view=%s&theme=%s&controls=0", base, lang, view, theme)
				tb.open(u)
				tb.waitWidget()
				c := tb.contract()
				if c.ErrorText != nil {
					tb.errorf("%s: #input-error %q", u, *c.ErrorText)
				}
				switch {
				case view == "sources":
					if len(c.Sources) != 6 || c.Sources[0].Value == nil {
						tb.errorf("%s: the sources view shows %d sources", u, len(c.Sources))
					}
				case strings.HasPrefix(view, "chart-"):
					// Charts are drawn once the inputs rest, after ready.
					tb.poll(stepTimeout, `document.querySelectorAll(".chart-panel .chart:has(svg)").length === 1`, "one chart in "+u)
				default:
					if c.KWh == nil {
						tb.errorf("%s: no #energy data-kwh", u)
					}
				}
				if n := eval[int](tb, `document.querySelectorAll("#calculator form, #calculator input").length`); n != 0 {
					tb.errorf("%s: controls=0, but %d form elements are shown", u, n)
				}
				link := eval[string](tb, `document.querySelector(".embed-footer a").href`)
				lu, err := url.Parse(link)
				if err != nil {
					tb.fatalf("%s: footer link %q: %v", u, link, err)
				}
				q := lu.Query()
				if lu.Path != lang+"/" || q.Get("preset") != "llama-2-70b" || q.Get("region") != "gbr" || q.Get("n") != "1,000" || q.Get("dv") == "" || q.Has("view") {
					tb.errorf("%s: the full calculator link %q does not carry the same inputs and dv", u, link)
				}
				if theme == "dark" && view == "result" {
					tb.screenshot(strings.Trim(lang, "/") + "embed-" + view + "-" + theme)
				}
				tb.expectCleanText(u, c)
				tb.expectNoProblems(u)
			}
		}
	}
	for _, bad := range []string{"view=chart-pie", "theme=neon", "controls=2"} {
		tb.open(base + "/embed/?" + bad)
		tb.waitWidget()
		c := tb.contract()
		if want := strings.SplitN(bad, "=", 2)[0]; c.ErrorField == nil || *c.ErrorField != want {
			tb.errorf("/embed/?%s: #input-error data-field = %v, want %q", bad, c.ErrorField, want)
		}
		tb.expectNoProblems(bad)
	}
}

// waitWidget waits for an embed page to be ready and settled: unlike the
// full calculator, its sources and chart views have no #energy.
func (tb *tab) waitWidget() {
	tb.t.Helper()
	tb.settle(`document.documentElement.dataset.app === "ready" &&
		(document.querySelector("#calculator") === null ||
		 document.querySelector("#energy[data-kwh]") !== null ||
		 document.querySelector("[data-source][data-value]") !== null ||
		 document.querySelector(".chart-panel svg") !== null ||
		 document.querySelector("#input-error") !== null)`, "the widget to be ready and settled")
}
