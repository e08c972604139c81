package site

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/ui"
)

// TestConditionalRequests checks that a page, and the rewritten app.js, is
// 304 exactly when If-None-Match names its ETag, and otherwise the whole
// page with the head the site adds: a browser revalidating after a deploy
// sends the old ETag and must not get go-app's raw page.
func TestConditionalRequests(t *testing.T) {
	ui.Register(ui.Site{})
	h := withPageHead(withAppJS(newGoApp("test", app.LocalDir(""))), "https://ledger.example.org")
	for _, path := range []string{"/?preset=gpt-3", "/zh/methodology/", "/embed/?view=chart-growth", "/app.js"} {
		first := serveConditional(h, path, "")
		etag := first.Header().Get("Etag")
		if first.Code != 200 || etag == "" {
			t.Fatalf("%s: status %d, ETag %q", path, first.Code, etag)
		}
		for _, c := range []struct {
			ifNoneMatch string
			want        int
		}{
			{etag, 304},
			{"W/" + etag, 304},
			{`"other", ` + etag, 304},
			{"*", 304},
			{`"stale"`, 200},
			{`"test"`, 200}, // go-app's own ETag is its Version
			{"garbage", 200},
		} {
			rec := serveConditional(h, path, c.ifNoneMatch)
			if rec.Code != c.want {
				t.Errorf("%s, If-None-Match %s: status %d, want %d", path, c.ifNoneMatch, rec.Code, c.want)
				continue
			}
			switch {
			case c.want == 304 && rec.Body.Len() > 0:
				t.Errorf("%s, If-None-Match %s: a 304 with a body", path, c.ifNoneMatch)
			case c.want == 304 && rec.Header().Get("Etag") != etag:
				t.Errorf("%s, If-None-Match %s: 304 with ETag %q, want %q", path, c.ifNoneMatch, rec.Header().Get("Etag"), etag)
			case c.want == 200 && rec.Body.String() != first.Body.String():
				t.Errorf("%s, If-None-Match %s: the body differs from an unconditional request's", path, c.ifNoneMatch)
			}
		}
		if page := first.Body.String(); path != "/app.js" {
			for _, want := range []string{`<meta charset="UTF-8">`, `name="watt-query"`, `hreflang="x-default"`, `<script data-wasm=`} {
				if !strings.Contains(page, want) {
					t.Errorf("%s: the page lacks %s", path, want)
				}
			}
		}
	}
}

func serveConditional(h http.Handler, path, ifNoneMatch string) *httptest.ResponseRecorder {
	r := httptest.NewRequest("GET", path, nil)
	if ifNoneMatch != "" {
		r.Header.Set("If-None-Match", ifNoneMatch)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, r)
	return rec
}
