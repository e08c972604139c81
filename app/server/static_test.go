//go:build !wasm

package server

import (
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestNegotiation(t *testing.T) {
	h := newHandler(t)
	cases := []struct{ accept, enc, body string }{
		{"br", "br", brBody},
		{"gzip, deflate, br, zstd", "br", brBody},
		{"gzip", "gzip", wasmBody},
		{"x-gzip", "gzip", wasmBody},
		{"br;q=0, gzip", "gzip", wasmBody},
		{"br;q=0.5, gzip;q=0.8", "gzip", wasmBody},
		{"BR;Q=1", "br", brBody},
		{"*", "br", brBody},
		{"*;q=0, gzip", "gzip", wasmBody},
		{"br;q=0, gzip;q=0", "", wasmBody},
		{"br;q=abc", "", wasmBody},
		{"identity", "", wasmBody},
		{"", "", wasmBody},
	}
	for _, c := range cases {
		res := get(h, "GET", "/web/app.wasm", "Accept-Encoding: "+c.accept)
		raw := body(t, res)
		got := raw
		if c.enc == "gzip" {
			zr, err := gzip.NewReader(strings.NewReader(raw))
			if err != nil {
				t.Fatalf("%q: %v", c.accept, err)
			}
			b, _ := io.ReadAll(zr)
			got = string(b)
		}
		hd := res.Header
		if res.StatusCode != 200 || hd.Get("Content-Encoding") != c.enc || got != c.body ||
			hd.Get("Content-Length") != strconv.Itoa(len(raw)) ||
			hd.Get("Content-Type") != "application/wasm" || hd.Get("Vary") != "Accept-Encoding" ||
			hd.Get(DecodedLengthHeader) != strconv.Itoa(len(wasmBody)) {
			t.Errorf("%q: %d %v", c.accept, res.StatusCode, hd)
		}
	}
}

// TestUnusableSiblings checks that a precompressed sibling that is empty
// (a compressor interrupted, or still writing) or older than its original
// (left from an earlier build) is never served: the original is, whole.
func TestUnusableSiblings(t *testing.T) {
	for _, c := range []struct {
		name  string
		setup func(web string) error
	}{
		{"an empty .br", func(web string) error { return os.WriteFile(filepath.Join(web, "app.wasm.br"), nil, 0o644) }},
		{"a .br older than app.wasm", func(web string) error {
			old := buildTime.Add(-time.Hour)
			return os.Chtimes(filepath.Join(web, "app.wasm.br"), old, old)
		}},
		{"a newer app.wasm", func(web string) error {
			p := filepath.Join(web, "app.wasm")
			if err := os.WriteFile(p, []byte(wasmBody), 0o644); err != nil {
				return err
			}
			later := buildTime.Add(time.Minute)
			return os.Chtimes(p, later, later)
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			web := webDir(t)
			if err := c.setup(web); err != nil {
				t.Fatal(err)
			}
			h := Handler(Config{WebDir: web, Version: version}, fakePages(""))
			res := get(h, "GET", "/web/app.wasm", "Accept-Encoding: br")
			if b := body(t, res); res.StatusCode != 200 || res.Header.Get("Content-Encoding") != "" || b != wasmBody ||
				res.Header.Get("Content-Length") != strconv.Itoa(len(wasmBody)) {
				t.Errorf("%d, Content-Encoding %q, %d bytes: want the original, whole", res.StatusCode, res.Header.Get("Content-Encoding"), len(b))
			}
		})
	}
}

func TestNoSiblingsIdentity(t *testing.T) {
	res := get(newHandler(t), "GET", "/web/style.css", "Accept-Encoding: br, gzip")
	if b := body(t, res); b != "body{}" || res.Header.Get("Content-Encoding") != "" ||
		res.Header.Get("Content-Length") != "6" || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/css") ||
		res.Header.Get("Vary") != "Accept-Encoding" {
		t.Errorf("%v %q", res.Header, b)
	}
}

func TestHeadAndRevalidation(t *testing.T) {
	h := newHandler(t)
	br := get(h, "GET", "/web/app.wasm", "Accept-Encoding: br")
	gz := get(h, "GET", "/web/app.wasm", "Accept-Encoding: gzip")
	if br.Header.Get("Etag") == "" || br.Header.Get("Etag") == gz.Header.Get("Etag") {
		t.Fatalf("ETags must differ per encoding: %q %q", br.Header.Get("Etag"), gz.Header.Get("Etag"))
	}
	res := get(h, "GET", "/web/app.wasm", "Accept-Encoding: br", "If-None-Match: "+br.Header.Get("Etag"))
	if res.StatusCode != 304 {
		t.Errorf("If-None-Match: %d", res.StatusCode)
	}
	res = get(h, "GET", "/web/app.wasm", "If-Modified-Since: "+br.Header.Get("Last-Modified"))
	if res.StatusCode != 304 {
		t.Errorf("If-Modified-Since: %d", res.StatusCode)
	}
	res = get(h, "GET", "/web/app.wasm", "Accept-Encoding: br", "Range: bytes=0-3")
	if b := body(t, res); res.StatusCode != 206 || b != brBody[:4] || res.Header.Get("Content-Encoding") != "br" ||
		res.Header.Get("Content-Length") != "4" {
		t.Errorf("Range: %d %v %q", res.StatusCode, res.Header, b)
	}
	res = get(h, "HEAD", "/web/app.wasm", "Accept-Encoding: br")
	if b := body(t, res); res.StatusCode != 200 || b != "" || res.Header.Get("Content-Length") != strconv.Itoa(len(brBody)) {
		t.Errorf("HEAD: %d %v %q", res.StatusCode, res.Header, b)
	}
}

func TestCacheControl(t *testing.T) {
	h := newHandler(t)
	for target, want := range map[string]string{
		"/web/app.wasm":                   "no-cache",
		"/web/app.wasm?v=" + version:      "public, max-age=31536000, immutable",
		"/web/app.wasm?v=v41":             "no-cache",
		"/web/fonts/a.woff2?v=" + version: "public, max-age=31536000, immutable",
		"/web/style.css":                  "no-cache",
	} {
		res := get(h, "GET", target)
		if got := res.Header.Get("Cache-Control"); res.StatusCode != 200 || got != want ||
			res.Header.Get("Etag") == "" || res.Header.Get("Last-Modified") == "" {
			t.Errorf("%s: %d %q", target, res.StatusCode, got)
		}
	}
	unversioned := Handler(Config{WebDir: webDir(t)}, fakePages(""))
	if got := get(unversioned, "GET", "/web/app.wasm?v=").Header.Get("Cache-Control"); got != "no-cache" {
		t.Errorf("empty Version: %q", got)
	}
}

func TestAcceptQ(t *testing.T) {
	for _, c := range []struct {
		h    string
		want float64
	}{{"br", 1}, {"br;q=0.3", 0.3}, {"gzip", 0}, {"*;q=0.2", 0.2}, {"br;q=0, *", 0},
		{"br; q=0.7 ,gzip", 0.7}, {"br;q=2", 0}, {"br;level=1;q=0.4", 0.4}} {
		if got := acceptQ([]string{c.h}, "br"); got != c.want {
			t.Errorf("%q: %v, want %v", c.h, got, c.want)
		}
	}
}

// TestTextTypesNegotiated: every text type the build precompresses
// (scripts/compress.sh --text) is served from its sibling with Vary, and a
// type it does not (fonts) is served as it is.
func TestTextTypesNegotiated(t *testing.T) {
	web := t.TempDir()
	for _, name := range []string{"a.css", "a.js", "a.svg", "a.json", "manifest.webmanifest", "sitemap.xml", "robots.txt", "page.html", "f.woff2"} {
		for _, f := range []struct{ suffix, body string }{{"", "plain " + name}, {".br", "br " + name}, {".gz", "gz " + name}} {
			p := filepath.Join(web, name+f.suffix)
			if err := os.WriteFile(p, []byte(f.body), 0o644); err != nil {
				t.Fatal(err)
			}
			os.Chtimes(p, buildTime, buildTime)
		}
	}
	h := Handler(Config{WebDir: web, Version: version}, fakePages(""))
	for _, name := range []string{"a.css", "a.js", "a.svg", "a.json", "manifest.webmanifest", "sitemap.xml", "robots.txt", "page.html"} {
		res := get(h, "GET", "/web/"+name, "Accept-Encoding: gzip, br")
		if b := body(t, res); b != "br "+name || res.Header.Get("Content-Encoding") != "br" || res.Header.Get("Vary") != "Accept-Encoding" {
			t.Errorf("%s: %q, Content-Encoding %q, Vary %q", name, b, res.Header.Get("Content-Encoding"), res.Header.Get("Vary"))
		}
	}
	res := get(h, "GET", "/web/f.woff2", "Accept-Encoding: gzip, br")
	if b := body(t, res); b != "plain f.woff2" || res.Header.Get("Content-Encoding") != "" {
		t.Errorf("woff2: %q, Content-Encoding %q", b, res.Header.Get("Content-Encoding"))
	}
}
