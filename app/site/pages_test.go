package site

import (
	"html"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/explainer"
	"wattledger/app/ui"
	"wattledger/content"
)

// TestPageLinksAreAbsolute checks what go-app writes from Handler.Domain:
// canonical, og:url and og:image must be full URLs on the site's origin.
// Over plain HTTP the Open Graph links keep the site's scheme.
func TestPageLinksAreAbsolute(t *testing.T) {
	for _, site := range []string{"https://ledger.example.org", "http://localhost:8000"} {
		ui.Register(ui.Site{Origin: site})
		h := newGoApp("test", app.LocalDir(""))
		h.Domain = siteDomain(site)
		rec := httptest.NewRecorder()
		withPageHead(h, site).ServeHTTP(rec, httptest.NewRequest("GET", "/zh/methodology/", nil))
		ui.Register(ui.Site{})
		tags := regexp.MustCompile(`<(?:link|meta) [^>]*>`).FindAllString(rec.Body.String(), -1)
		// go-app writes attributes in map order: look for tags with both.
		for _, want := range [][2]string{
			{`rel="canonical"`, `href="` + site + `/zh/methodology/"`},
			// go-app writes og:url from the request path, trailing slash trimmed.
			{`property="og:url"`, `content="` + site + `/zh/methodology"`},
			{`property="og:image"`, `content="` + site + `/web/og-image.png"`},
		} {
			found := false
			for _, tag := range tags {
				found = found || strings.Contains(tag, want[0]) && strings.Contains(tag, want[1])
			}
			if !found {
				t.Errorf("%s: no tag with %s %s in %q", site, want[0], want[1], tags)
			}
		}
	}
}

// TestAppJSIsPatched runs the loader rewrites on the app.js of the go-app
// version in go.mod (patchAppJS refuses a script it does not recognise).
func TestAppJSIsPatched(t *testing.T) {
	h := withAppJS(newGoApp("test", app.LocalDir("")))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/app.js", nil))
	if rec.Code != 200 {
		t.Fatalf("GET /app.js: %d %s", rec.Code, rec.Body)
	}
	js := rec.Body.String()
	for _, want := range []string{`() => fetch("/web/app.wasm")`, "await wattInstantiate(instantiateStreaming, ", "wattRegisterWorkerSoon(goappInitServiceWorker);", "function wattWhenReady(f)"} {
		if !strings.Contains(js, want) {
			t.Errorf("patched app.js lacks %s", want)
		}
	}
	for _, gone := range []string{"fetchWithProgress(\"", "showProgress(0)", "\ngoappInitServiceWorker();"} {
		if strings.Contains(js, gone) {
			t.Errorf("patched app.js still has %q", gone)
		}
	}
	if got := rec.Header().Get("Content-Length"); got != strconv.Itoa(len(js)) {
		t.Errorf("Content-Length %s, body %d bytes", got, len(js))
	}
}

// TestArticleHasNoEncoderSpaces checks that the prerendered explainer has
// no line breaks between its inline elements, which would show as spaces.
func TestArticleHasNoEncoderSpaces(t *testing.T) {
	for _, path := range []string{"/", "/zh/"} {
		article := servedArticle(t, path)
		if strings.Contains(article, "\n") {
			t.Errorf("%s: the article has line breaks: %q", path, article[:min(len(article), 300)])
		}
		if path == "/zh/" && !strings.Contains(article, "</a>，") {
			t.Errorf("%s: no link followed directly by a Chinese comma", path)
		}
	}
}

// TestArticleKeepsItsSpaces checks the prerendered explainer's text
// against the document it was rendered from: tightening the encoder's
// layout must not eat a text's own leading space ("</a> of all").
func TestArticleKeepsItsSpaces(t *testing.T) {
	for _, l := range content.Langs {
		path := l.PathPrefix() + "/"
		text := html.UnescapeString(tags.ReplaceAllString(servedArticle(t, path), ""))
		doc, err := explainer.Article(l)
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range doc.Blocks {
			for _, in := range append([][]explainer.Inline{b.Inlines}, b.Items...) {
				var want strings.Builder
				for _, x := range in {
					want.WriteString(x.Text)
				}
				if !strings.Contains(text, want.String()) {
					t.Errorf("%s: the page's article does not read %q", path, want.String())
				}
			}
		}
	}
}

var tags = regexp.MustCompile(`<[^>]*>`)

// servedArticle is the explainer's HTML as the site serves the page at
// path, up to its closing tag.
func servedArticle(t *testing.T, path string) string {
	t.Helper()
	ui.Register(ui.Site{})
	h := withPageHead(newGoApp("test", app.LocalDir("")), "https://ledger.example.org")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	page := rec.Body.String()
	loc := articleStart.FindStringIndex(page)
	end := strings.Index(page, `</article>`)
	if loc == nil || end < loc[0] {
		t.Fatalf("%s: no article", path)
	}
	return page[loc[0]:end]
}

// TestFaviconIsPNG checks that pages link the PNG favicon, in either
// attribute order go-app writes, with the root prefix kept.
func TestFaviconIsPNG(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`<link rel="icon" href="/web/icon.svg">`, `<link rel="icon" type="image/png" sizes="192x192" href="/web/icons/icon-192.png">`},
		{`<link href="/base/web/icon.svg" rel="icon">`, `<link rel="icon" type="image/png" sizes="192x192" href="/base/web/icons/icon-192.png">`},
		{`<link rel="apple-touch-icon" href="/web/icons/icon-maskable-512.png">`, `<link rel="apple-touch-icon" href="/web/icons/icon-maskable-512.png">`},
	} {
		if got := string(pngFavicon([]byte(c.in))); got != c.want {
			t.Errorf("pngFavicon(%s) = %s, want %s", c.in, got, c.want)
		}
	}
	ui.Register(ui.Site{})
	h := withPageHead(newGoApp("test", app.LocalDir("")), "https://ledger.example.org")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if page := rec.Body.String(); strings.Contains(page, `/web/icon.svg" rel="icon"`) || strings.Contains(page, `rel="icon" href="/web/icon.svg"`) || !strings.Contains(page, `/web/icons/icon-192.png">`) {
		t.Errorf("the page still links the SVG favicon")
	}
}

// TestLoaderSpeaksThePageLanguage checks the loader pill's rewrite in
// either attribute order go-app writes: each must carry the texts of a
// failed start, or the pill shows the raw JavaScript error.
func TestLoaderSpeaksThePageLanguage(t *testing.T) {
	for _, in := range []string{
		`<aside><p id="app-wasm-loader-label" class="goapp-label">0%</p></aside>`,
		`<aside><p class="goapp-label" id="app-wasm-loader-label">0%</p></aside>`,
	} {
		for _, l := range []content.Lang{content.English, content.Chinese} {
			got := string(localLoader([]byte(in), l))
			want := `<aside><p id="app-wasm-loader-label" class="goapp-label" role="status" data-failed="` + html.EscapeString(l.T("loader.failed")) +
				`" data-reload="` + html.EscapeString(l.T("loader.reload")) + `">` + html.EscapeString(l.T("loader.loading")) + `</p></aside>`
			if got != want {
				t.Errorf("localLoader(%s, %s) = %s, want %s", in, l, got, want)
			}
		}
	}
	if in := `<p class="goapp-label">0%</p>`; string(localLoader([]byte(in), content.English)) != in {
		t.Errorf("localLoader changed a page without go-app's pill")
	}
}
