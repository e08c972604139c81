//go:build goapp && !wasm

// Run with `go test -tags goapp ./app/server/` once go.sum covers go-app's
// dependencies (it does when main.go imports go-app). It checks what the
// package assumes about go-app v10.1.11 against the real handler.
package server_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/server"
)

type page struct{ app.Compo }

func (*page) Render() app.UI { return app.Div().Text("Watt Ledger") }

func TestGoAppBehindStack(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{"web/app.wasm": "wasm", "web/app.wasm.br": "br",
		"web/robots.txt": "User-agent: *", "web/fonts/a.woff2": "font"} {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(body), 0o644)
	}
	t.Chdir(dir) // go-app's default Resources, LocalDir(""), read ./web
	for _, p := range []string{"/", "/zh/", "/methodology/", "/zh/methodology/", "/embed/", "/zh/embed/"} {
		app.Route(p, func() app.Composer { return &page{} })
	}
	goapp := &app.Handler{Name: "Watt Ledger", Version: "t1", Icon: app.Icon{Default: "/web/icon.png"},
		WasmContentLengthHeader: server.DecodedLengthHeader}
	h := server.Handler(server.Config{WebDir: "web", Version: "t1"}, goapp)

	fetch := func(path string, hdr ...string) (*http.Response, string) {
		r := httptest.NewRequest("GET", path, nil)
		if len(hdr) == 2 {
			r.Header.Set(hdr[0], hdr[1])
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		b, _ := io.ReadAll(w.Result().Body)
		return w.Result(), string(b)
	}

	res, body := fetch("/?kwh=3")
	if res.StatusCode != 200 || !strings.Contains(body, `src="/app.js"`) {
		t.Fatalf("page: %d %q", res.StatusCode, body)
	}
	if got := server.InlineScriptHashes([]byte(body)); len(got) != 0 {
		t.Errorf("go-app now emits inline scripts %v: the CSP hashes them, but check why", got)
	}
	if csp := res.Header.Get("Content-Security-Policy"); strings.Contains(csp, "sha256-") {
		t.Errorf("CSP: %s", csp)
	}
	// go-app fetches app.wasm unversioned; so it must not be immutable.
	_, js := fetch("/app.js")
	if !strings.Contains(js, `fetchWithProgress("/web/app.wasm"`) || !strings.Contains(js, server.DecodedLengthHeader) {
		t.Errorf("app.js no longer loads /web/app.wasm as assumed")
	}
	if res, _ := fetch("/web/app.wasm", "Accept-Encoding", "br"); res.Header.Get("Cache-Control") != "no-cache" ||
		res.Header.Get("Content-Encoding") != "br" {
		t.Errorf("wasm: %v", res.Header)
	}
	for path, want := range map[string]int{"/app-worker.js": 200, "/manifest.webmanifest": 200, "/wasm_exec.js": 200,
		"/app.css": 200, "/robots.txt": 200, "/web/": 404, "/web/fonts/": 404, "/nope": 404, "/zh": 301, "/app.wasm": 404} {
		res, body := fetch(path)
		if res.StatusCode != want || want == 404 && !strings.Contains(body, "页面不存在") {
			t.Errorf("%s: %d %q", path, res.StatusCode, body)
		}
	}
}
