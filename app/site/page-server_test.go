package site

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http/httptest"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/ui"
)

func testPageServer(slots int) *pageServer {
	ui.Register(ui.Site{})
	return newPageServer(withGoAppFixes(newGoApp("test", app.LocalDir(""))), "https://ledger.example.org", slots)
}

func ask(s *pageServer, method, target string, header ...string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, req)
	return rec
}

func decode(t *testing.T, coding string, body []byte) []byte {
	t.Helper()
	var r io.Reader = bytes.NewReader(body)
	switch coding {
	case "br":
		r = brotli.NewReader(r)
	case "gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			t.Fatalf("gzip: %v", err)
		}
		r = zr
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("%s: %v", coding, err)
	}
	return out
}

// TestResponsesAreCompressed: every page and every text file go-app
// serves comes in brotli or gzip as the request asks, decodes to the plain
// body, varies on Accept-Encoding, and has an ETag of its own per coding
// that a conditional request of that coding matches.
func TestResponsesAreCompressed(t *testing.T) {
	s := testPageServer(2)
	for _, path := range []string{"/", "/?preset=gpt-3&n=77", "/zh/methodology/", "/embed/?view=chart-co2",
		"/app.js", "/app-worker.js", "/manifest.webmanifest", "/wasm_exec.js", "/app.css"} {
		plain := ask(s, "GET", path)
		if plain.Code != 200 || plain.Header().Get("Content-Encoding") != "" {
			t.Fatalf("%s: status %d, Content-Encoding %q without Accept-Encoding", path, plain.Code, plain.Header().Get("Content-Encoding"))
		}
		etags := map[string]string{"": plain.Header().Get("Etag")}
		for _, c := range []struct{ accept, want string }{
			{"gzip, deflate, br, zstd", "br"},
			{"gzip", "gzip"},
			{"br;q=0.5, gzip", "gzip"},
			{"br;q=0, gzip;q=0", ""},
			{"identity", ""},
		} {
			rec := ask(s, "GET", path, "Accept-Encoding", c.accept)
			h := rec.Header()
			if got := h.Get("Content-Encoding"); got != c.want {
				t.Errorf("%s, Accept-Encoding %s: Content-Encoding %q, want %q", path, c.accept, got, c.want)
				continue
			}
			if !strings.Contains(strings.Join(h.Values("Vary"), ","), "Accept-Encoding") {
				t.Errorf("%s, Accept-Encoding %s: Vary %q", path, c.accept, h.Values("Vary"))
			}
			if h.Get("Content-Length") != strconv.Itoa(rec.Body.Len()) {
				t.Errorf("%s %s: Content-Length %s for %d bytes", path, c.want, h.Get("Content-Length"), rec.Body.Len())
			}
			if got := decode(t, c.want, rec.Body.Bytes()); !bytes.Equal(got, plain.Body.Bytes()) {
				t.Errorf("%s, %s: decodes to another body", path, c.want)
			}
			if c.want != "" && rec.Body.Len() >= plain.Body.Len() {
				t.Errorf("%s, %s: %d bytes of %d", path, c.want, rec.Body.Len(), plain.Body.Len())
			}
			if e, seen := etags[c.want]; seen && e != h.Get("Etag") {
				t.Errorf("%s, %s: ETag %s then %s", path, c.want, e, h.Get("Etag"))
			}
			etags[c.want] = h.Get("Etag")
			if again := ask(s, "GET", path, "Accept-Encoding", c.accept, "If-None-Match", h.Get("Etag")); again.Code != 304 {
				t.Errorf("%s, %s: its own ETag gets %d", path, c.want, again.Code)
			}
			if head := ask(s, "HEAD", path, "Accept-Encoding", c.accept); head.Body.Len() != 0 || head.Header().Get("Content-Length") != h.Get("Content-Length") {
				t.Errorf("%s, %s: HEAD has %d bytes, Content-Length %s", path, c.want, head.Body.Len(), head.Header().Get("Content-Length"))
			}
		}
		if len(etags) != 3 || etags[""] == etags["br"] || etags["br"] == etags["gzip"] {
			t.Errorf("%s: ETags per coding %v", path, etags)
		}
		if again := ask(s, "GET", path, "Accept-Encoding", "gzip", "If-None-Match", etags["br"]); again.Code != 200 {
			t.Errorf("%s: a gzip request with the brotli ETag gets %d", path, again.Code)
		}
	}
}

// TestOverloadAnswersWithThePlainPage: with every prerender slot busy, a
// miss gets the plain page of its path at once, not to be stored, and is
// counted; a hit is still served from the cache.
func TestOverloadAnswersWithThePlainPage(t *testing.T) {
	s := testPageServer(1)
	plain := ask(s, "GET", "/zh/")
	hit := ask(s, "GET", "/zh/?n=5")
	s.slots <- struct{}{} // the one slot is busy
	defer func() { <-s.slots }()

	before := overloadAnswers.Value()
	miss := ask(s, "GET", "/zh/?n=6", "Accept-Encoding", "br")
	if miss.Code != 200 || miss.Header().Get("Cache-Control") != "no-store" {
		t.Fatalf("status %d, Cache-Control %q", miss.Code, miss.Header().Get("Cache-Control"))
	}
	if !bytes.Equal(decode(t, "br", miss.Body.Bytes()), plain.Body.Bytes()) {
		t.Error("the overload answer is not the plain page")
	}
	if !strings.Contains(plain.Body.String(), `<meta name="watt-query" content="">`) {
		t.Error("the plain page does not say it was rendered for no query")
	}
	if s.overload.count() != 1 || overloadAnswers.Value() != before+1 {
		t.Errorf("counted %d (expvar +%d), want 1", s.overload.count(), overloadAnswers.Value()-before)
	}
	if again := ask(s, "GET", "/zh/?n=5"); again.Body.String() != hit.Body.String() || s.overload.count() != 1 {
		t.Error("a cached page was not served from the cache while busy")
	}
	if _, cached := s.cache.get("/zh/?n=6"); cached {
		t.Error("the overload answer was cached as the link's page")
	}

	// No slots at all (WATT_PRERENDERS=0): the plain page is still made.
	// (go-app writes attributes in map order: compare with this server's.)
	none := testPageServer(0)
	rec := ask(none, "GET", "/zh/?n=6")
	kept, ok := none.lookup("/zh/", "")
	if !ok || rec.Body.String() != string(kept.body) || none.overload.count() != 1 {
		t.Errorf("with no slots: counted %d, the plain page kept %v and sent %v", none.overload.count(), ok, rec.Body.String() == string(kept.body))
	}
}

// BenchmarkCacheMiss is a page no one asked for before, plain and in
// brotli: the prerender and its compression, what a flood of unique links
// would cost without the overload answer.
func BenchmarkCacheMiss(b *testing.B) {
	for _, coding := range []string{"identity", "br"} {
		b.Run(coding, func(b *testing.B) {
			s := testPageServer(1)
			ask(s, "GET", "/") // go-app's first page load builds its caches
			b.ResetTimer()
			cpu := cpuTime()
			for i := range b.N {
				if rec := ask(s, "GET", "/?preset=gpt-3&n="+strconv.Itoa(1000+i), "Accept-Encoding", coding); rec.Code != 200 {
					b.Fatal(rec.Code)
				}
			}
			// CPU time, not only wall time: on a shared machine it is the steadier.
			b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N)/1e6, "cpu-ms/op")
		})
	}
}

// cpuTime is the CPU time this process has used (user and system).
func cpuTime() time.Duration {
	var r syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &r)
	return time.Duration(r.Utime.Nano() + r.Stime.Nano())
}

// BenchmarkCacheHit is the same page again.
func BenchmarkCacheHit(b *testing.B) {
	s := testPageServer(1)
	ask(s, "GET", "/?preset=gpt-3", "Accept-Encoding", "br")
	b.ResetTimer()
	for range b.N {
		ask(s, "GET", "/?preset=gpt-3", "Accept-Encoding", "br")
	}
}

// TestRestingSlotsServeRepeatedLinks: while the slots rest after a
// contended prerender, a new link gets the plain page, and the same link
// asked for again is prerendered.
func TestRestingSlotsServeRepeatedLinks(t *testing.T) {
	s := testPageServer(1)
	ask(s, "GET", "/")
	s.rest(time.Hour)
	if rec := ask(s, "GET", "/?n=7"); rec.Header().Get("Cache-Control") != "no-store" || s.overload.count() != 1 {
		t.Fatalf("a new link while resting: Cache-Control %q, %d overload answers", rec.Header().Get("Cache-Control"), s.overload.count())
	}
	if rec := ask(s, "GET", "/?n=7"); rec.Header().Get("Cache-Control") == "no-store" || s.overload.count() != 1 {
		t.Errorf("the same link again: Cache-Control %q, %d overload answers", rec.Header().Get("Cache-Control"), s.overload.count())
	}
	if _, ok := s.cache.get("/?n=7"); !ok {
		t.Error("the link asked for again was not prerendered")
	}
}
