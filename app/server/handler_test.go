//go:build !wasm

package server

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

func TestMethodsOtherThanGetHead(t *testing.T) {
	h := newHandler(t)
	for _, m := range []string{"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"} {
		res := get(h, m, "/")
		if res.StatusCode != http.StatusMethodNotAllowed || res.Header.Get("Allow") != "GET, HEAD" {
			t.Errorf("%s: %d Allow=%q", m, res.StatusCode, res.Header.Get("Allow"))
		}
		if res.Header.Get("Content-Security-Policy") == "" {
			t.Errorf("%s: no CSP on 405", m)
		}
	}
	if res := get(h, "HEAD", "/"); res.StatusCode != 200 {
		t.Errorf("HEAD /: %d", res.StatusCode)
	}
}

// Over a real socket, so the request line reaches net/http as written.
func TestTraversalRefused(t *testing.T) {
	srv := httptest.NewServer(newHandler(t))
	defer srv.Close()
	addr := strings.TrimPrefix(srv.URL, "http://")
	for _, target := range []string{
		"/web/../go.mod", "/web/%2e%2e/go.mod", "/web/%2E%2E/go.mod",
		"/web/%252e%252e/go.mod", "/web/..%2fgo.mod", "/web/..%2Fgo.mod",
		"//etc/passwd", "/web//etc/passwd", "/web/..\\go.mod", "/web/%5c..%5cgo.mod",
		"/web/app.wasm%00.css", "/web/./../go.mod", "/web/./app.wasm",
		"/web/.env", "/web/link.js", "/web/fonts/../../go.mod", "/../go.mod",
		"/web/%c0%ae%c0%ae/go.mod", "/web/..;/go.mod", "/web/.%2e/go.mod",
	} {
		code, b := rawGet(t, addr, target)
		t.Logf("%s -> %d", target, code)
		if code != 400 && code != 404 {
			t.Errorf("%s: status %d", target, code)
		}
		if strings.Contains(b, secret) {
			t.Errorf("%s: served a file outside web/", target)
		}
	}
}

func TestHealthz(t *testing.T) {
	res := get(newHandler(t), "GET", "/healthz")
	if res.StatusCode != 200 || body(t, res) != "ok" ||
		!strings.HasPrefix(res.Header.Get("Content-Type"), "text/plain") ||
		res.Header.Get("Cache-Control") != "no-store" {
		t.Errorf("healthz: %d %v", res.StatusCode, res.Header)
	}
}

func TestSecurityHeaders(t *testing.T) {
	h := newHandler(t)
	framed := []string{"/embed/", "/embed", "/zh/embed/", "/zh/embed", "/embed/?kwh=3", "/zh/embed?lang=zh"}
	denied := []string{"/", "/zh/", "/methodology", "/zh/methodology/?x=1", "/nope", "/web/app.wasm", "/healthz", "/embedded"}
	check := func(target string, embed bool) {
		res := get(h, "GET", target)
		hd := res.Header
		csp := hd.Get("Content-Security-Policy")
		for _, want := range []string{"script-src 'self' 'wasm-unsafe-eval'", "img-src 'self' data: blob:",
			"font-src 'self'", "connect-src 'self'", "worker-src 'self' blob:", "manifest-src 'self'",
			"base-uri 'self'", "form-action 'self'", "object-src 'none'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s: CSP lacks %q: %s", target, want, csp)
			}
		}
		if hd.Get("X-Content-Type-Options") != "nosniff" || hd.Get("Referrer-Policy") != "strict-origin-when-cross-origin" {
			t.Errorf("%s: %v", target, hd)
		}
		if embed != strings.Contains(csp, "frame-ancestors *") || embed == strings.Contains(csp, "frame-ancestors 'none'") {
			t.Errorf("%s: embed=%v CSP %s", target, embed, csp)
		}
		if embed == (hd.Get("X-Frame-Options") == "DENY") {
			t.Errorf("%s: embed=%v X-Frame-Options=%q", target, embed, hd.Get("X-Frame-Options"))
		}
	}
	for _, p := range framed {
		check(p, true)
	}
	for _, p := range denied {
		check(p, false)
	}
}

func TestInlineScriptHashInCSP(t *testing.T) {
	h := Handler(Config{WebDir: t.TempDir()}, fakePages("<script>alert('Hello, world.');</script>"))
	csp := get(h, "GET", "/").Header.Get("Content-Security-Policy")
	if !strings.Contains(csp, "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='") {
		t.Errorf("CSP lacks the inline script's hash: %s", csp)
	}
	csp = get(newHandler(t), "GET", "/").Header.Get("Content-Security-Policy")
	if strings.Contains(csp, "sha256-") {
		t.Errorf("hash without inline script: %s", csp)
	}
}

func TestPagesRouted(t *testing.T) {
	h := newHandler(t)
	for _, p := range []string{"/", "/zh/", "/methodology/", "/zh/methodology/", "/embed/", "/zh/embed/",
		"/?kwh=12&h=3", "/zh/?a=b", "/methodology/?lang=en", "/app.js", "/zh/embed/?kwh=1"} {
		res := get(h, "GET", p)
		if res.StatusCode != 200 {
			t.Errorf("%s: %d", p, res.StatusCode)
		}
	}
}

func TestDirectoryListingRefused(t *testing.T) {
	h := newHandler(t)
	for _, p := range []string{"/web/", "/web", "/web/fonts/", "/web/fonts"} {
		res := get(h, "GET", p)
		if b := body(t, res); res.StatusCode != 404 || strings.Contains(b, "a.woff2") || strings.Contains(b, "index, must") {
			t.Errorf("%s: %d %q", p, res.StatusCode, b)
		}
	}
}

func TestSlashVariantsRedirect(t *testing.T) {
	h := newHandler(t, WithPages("/", "/zh/", "/about", "/embed/"))
	for target, want := range map[string]string{"/zh": "/zh/", "/zh?kwh=3&x=%2F": "/zh/?kwh=3&x=%2F",
		"/about/": "/about", "/embed": "/embed/"} {
		res := get(h, "GET", target)
		if res.StatusCode != 301 || res.Header.Get("Location") != want {
			t.Errorf("%s: %d %q", target, res.StatusCode, res.Header.Get("Location"))
		}
	}
	if res := get(newHandler(t, WithPages("/zh", "/zh/")), "GET", "/zh"); res.StatusCode != 404 {
		// both forms listed: both go to the pages handler (the fake has no "/zh")
		t.Errorf("/zh listed: %d", res.StatusCode)
	}
}

func TestBilingualNotFound(t *testing.T) {
	// "/gone/" is a listed page that the fake, like go-app without that
	// route, answers with http.NotFound, which must be replaced.
	h := newHandler(t, WithPages("/", "/zh/", "/gone/"))
	for _, p := range []string{"/nope", "/zh/nope/", "/web/missing.js", "/gone/", "/app.wasm",
		"/ads.txt", "/sitemap.xml", "/index.html"} {
		res := get(h, "GET", p)
		b := body(t, res)
		if res.StatusCode != 404 || !strings.Contains(b, "Page not found") || !strings.Contains(b, "页面不存在") ||
			!strings.Contains(b, `href="/"`) || !strings.Contains(b, `href="/zh/"`) ||
			res.Header.Get("Content-Type") != "text/html; charset=utf-8" || res.Header.Get("Etag") != "" {
			t.Errorf("%s: %d %v %q", p, res.StatusCode, res.Header, b)
		}
	}
}

func TestAliasesFromDisk(t *testing.T) {
	res := get(newHandler(t), "GET", "/robots.txt")
	if b := body(t, res); res.StatusCode != 200 || b != "User-agent: *" {
		t.Errorf("robots.txt: %d %q", res.StatusCode, b)
	}
}

func TestAccessLog(t *testing.T) {
	var buf bytes.Buffer
	h := newHandler(t, WithAccessLog(&buf))
	get(h, "GET", "/zh/?kwh=secret-input")
	get(h, "POST", "/")
	get(h, "GET", "/web/app.wasm")
	get(h, "GET", "/a%0aforged")
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	want := []*regexp.Regexp{
		regexp.MustCompile(`^\S+Z GET /zh/ 200 \d+ \S+s$`),
		regexp.MustCompile(`^\S+Z POST / 405 \d+ \S+s$`),
		regexp.MustCompile(`^\S+Z GET /web/app.wasm 200 80 \S+s$`),
		regexp.MustCompile(`^\S+Z GET "/a\\nforged" 400 \d+ \S+s$`),
	}
	if len(lines) != len(want) {
		t.Fatalf("log:\n%s", buf.String())
	}
	for i, re := range want {
		if !re.MatchString(lines[i]) {
			t.Errorf("line %d: %q", i, lines[i])
		}
	}
	if strings.Contains(buf.String(), "secret-input") {
		t.Error("query logged")
	}
}
