//go:build !wasm

package server

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const (
	secret   = "SECRET-OUTSIDE-WEB"
	wasmBody = "\x00asm identity body of app.wasm, long enough to compress well well well well well"
	brBody   = "fake-brotli-bytes"
	version  = "v42"
)

// fakePages stands in for go-app's handler: it answers the routes go-app
// would know and uses http.NotFound, as go-app does, for the others.
func fakePages(inline string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache") // as go-app does
		switch r.URL.Path {
		case "/", "/zh/", "/methodology/", "/zh/methodology/", "/embed/", "/zh/embed/":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprintf(w, "<html><head>%s</head><body>PAGE %s</body></html>", inline, r.URL.Path)
		case "/app.js":
			w.Header().Set("Content-Type", "application/javascript")
			io.WriteString(w, "// app.js")
		default:
			http.NotFound(w, r)
		}
	})
}

// buildTime is when webDir's files were "built".
var buildTime = time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)

// webDir builds dir/web with assets, siblings and traps, and dir/go.mod
// (plus a symlink to it inside web/) holding the secret.
func webDir(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	web := filepath.Join(dir, "web")
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	io.WriteString(zw, wasmBody)
	zw.Close()
	files := map[string]string{
		"go.mod":            secret,
		"etc/passwd":        secret,
		"web/app.wasm":      wasmBody,
		"web/app.wasm.br":   brBody,
		"web/app.wasm.gz":   gz.String(),
		"web/style.css":     "body{}",
		"web/index.html":    "index, must not be served for /web/",
		"web/fonts/a.woff2": "woff2",
		"web/robots.txt":    "User-agent: *",
		"web/.env":          secret,
	}
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		// One build's files: siblings are never older than their originals.
		if err := os.Chtimes(p, buildTime, buildTime); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(filepath.Join(dir, "go.mod"), filepath.Join(web, "link.js")); err != nil {
		t.Fatal(err)
	}
	return web
}

func newHandler(t testing.TB, opts ...Option) http.Handler {
	return Handler(Config{WebDir: webDir(t), Version: version}, fakePages(""), opts...)
}

// get runs one request through h; headers are "Key: value" pairs.
func get(h http.Handler, method, target string, headers ...string) *http.Response {
	r := httptest.NewRequest(method, target, nil)
	for _, kv := range headers {
		k, v, _ := strings.Cut(kv, ": ")
		r.Header.Add(k, v)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w.Result()
}

func body(t testing.TB, res *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// rawGet sends target verbatim on the wire, so nothing between the test and
// the server can clean or re-encode it.
func rawGet(t *testing.T, addr, target string) (int, string) {
	t.Helper()
	c, err := net.DialTimeout("tcp", addr, 2*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	fmt.Fprintf(c, "GET %s HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n", target)
	res, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatalf("%s: %v", target, err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}
