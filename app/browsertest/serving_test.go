//go:build !js

package browsertest

import (
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestOverloadAnswerComputes: a server with no prerender slot
// (WATT_PRERENDERS=0) answers a link with the plain page of its path, at
// once and not to be stored, and counts it on its debug listener. In the
// browser, the guard sees the address bar ask for other inputs and the
// WebAssembly computes them: the page ends with the link's own numbers.
func TestOverloadAnswerComputes(t *testing.T) {
	requireBrowser(t)
	t.Parallel()
	debugPort, err := freePort()
	if err != nil {
		t.Fatal(err)
	}
	debug := "127.0.0.1:" + strconv.Itoa(debugPort)
	srv, err := startGoServer(t.Cleanup, "WATT_PRERENDERS=0", "WATT_DEBUG_ADDR="+debug)
	if err != nil {
		t.Fatal(err)
	}
	// Half GPT-3's 10,000 V100s, written as a person might: half the energy.
	const link = "/?preset=gpt-3&n=5e3"
	res, page := httpGet(t, srv.url+link, "")
	if res.Header.Get("Cache-Control") != "no-store" || !strings.Contains(page, `<meta name="watt-query" content="">`) {
		t.Fatalf("%s: Cache-Control %q, the plain page: %v", link, res.Header.Get("Cache-Control"), strings.Contains(page, `<meta name="watt-query" content="">`))
	}

	tb := newTab(t)
	tb.load(srv.url + link)
	c := tb.contract()
	if c.ErrorText != nil {
		tb.fatalf("%s shows #input-error %q", link, *c.ErrorText)
	}
	tb.near("#energy data-kwh of "+link, tb.num("data-kwh", c.KWh), gpt3KWh/2, rel)
	if eval[bool](tb, `document.documentElement.classList.contains("pending")`) {
		tb.errorf("the page is still pending after the WebAssembly ran")
	}
	tb.screenshot("overload-answer")

	_, vars := httpGet(t, "http://"+debug+"/debug/vars", "")
	var v struct {
		Overload int `json:"overload_answers"`
	}
	if err := json.Unmarshal([]byte(vars), &v); err != nil || v.Overload < 2 {
		t.Errorf("/debug/vars: overload_answers %d (%v), want at least 2", v.Overload, err)
	}
}

// TestCompressedText: every text type comes compressed from the Go server
// and from nginx serving the static export, as the request asks, with
// Vary; fonts and images do not.
func TestCompressedText(t *testing.T) {
	requireBrowser(t) // the suite's servers start only with a browser
	origins := []struct{ name, url string }{{"go", suite.goURL}}
	if suite.nginx != "" {
		origins = append(origins, struct{ name, url string }{"nginx", suite.staticURL})
	}
	text := []string{"/", "/zh/", "/methodology/", "/embed/", "/app.js", "/app-worker.js", "/wasm_exec.js",
		"/manifest.webmanifest", "/app.css", "/web/app.css", "/web/fonts/fonts.css", "/web/guard.js",
		"/web/chart-png.js", "/web/icon.svg", "/web/app.wasm", "/sitemap.xml"}
	for _, o := range origins {
		for _, p := range text {
			for _, enc := range []string{"br", "gzip"} {
				res, _ := httpGet(t, o.url+p, enc)
				if res.Header.Get("Content-Encoding") != enc || !strings.Contains(res.Header.Get("Vary"), "Accept-Encoding") {
					t.Errorf("%s %s, Accept-Encoding %s: Content-Encoding %q, Vary %q", o.name, p, enc, res.Header.Get("Content-Encoding"), res.Header.Get("Vary"))
				}
			}
		}
		res, _ := httpGet(t, o.url+"/web/fonts/noto-sans-sc-subset.woff2", "br")
		if res.Header.Get("Content-Encoding") != "" {
			t.Errorf("%s: the woff2 font (brotli inside) is sent with Content-Encoding %q", o.name, res.Header.Get("Content-Encoding"))
		}
	}
}

// TestStaticHostHeaders: nginx sends what the export's _headers lists,
// which is what the Go server sends: the policy, frame-ancestors 'none'
// and X-Frame-Options on pages, frame-ancestors * and no X-Frame-Options
// on embeds, nosniff everywhere; and it redirects /zh to /zh/.
func TestStaticHostHeaders(t *testing.T) {
	requireBrowser(t)
	requireNginx(t)
	for _, c := range []struct {
		path              string
		ancestors, xframe string
	}{
		{"/", "frame-ancestors 'none'", "DENY"},
		{"/zh/", "frame-ancestors 'none'", "DENY"},
		{"/zh/methodology/", "frame-ancestors 'none'", "DENY"},
		{"/embed/", "frame-ancestors *", ""},
		{"/zh/embed/", "frame-ancestors *", ""},
	} {
		res, _ := httpGet(t, suite.staticURL+c.path+"?preset=gpt-3", "br")
		h := res.Header
		if res.StatusCode != 200 || !strings.Contains(h.Get("Content-Security-Policy"), c.ancestors) ||
			h.Get("X-Frame-Options") != c.xframe || h.Get("X-Content-Type-Options") != "nosniff" ||
			h.Get("Cache-Control") != "no-cache" || !strings.HasPrefix(h.Get("Content-Type"), "text/html") {
			t.Errorf("nginx %s: %d %v", c.path, res.StatusCode, h)
		}
	}
	res, _ := httpGet(t, suite.staticURL+"/web/app.wasm", "br")
	if res.Header.Get("Content-Type") != "application/wasm" || res.Header.Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("nginx app.wasm: %v", res.Header)
	}
	client := &http.Client{Timeout: 10 * time.Second, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	res, err := client.Get(suite.staticURL + "/zh")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusMovedPermanently || res.Header.Get("Location") != "/zh/" {
		t.Errorf("nginx /zh: %d to %q, want 301 to /zh/", res.StatusCode, res.Header.Get("Location"))
	}
}

// httpGet GETs url asking for one content coding ("" for none) and returns
// the response and its body, as sent (not decoded).
func httpGet(t *testing.T, url, coding string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	if coding != "" {
		req.Header.Set("Accept-Encoding", coding)
	}
	res, err := (&http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{DisableCompression: true}}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	if res.StatusCode != 200 {
		t.Fatalf("GET %s: %d", url, res.StatusCode)
	}
	return res, string(b)
}
