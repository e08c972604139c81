package site

import (
	"bytes"
	_ "embed"
	"html"
	"net/http"
	"net/url"
	"strings"

	"wattledger/app/ui"
	"wattledger/content"
)

// withPageHead adds to each page's <head> what go-app has no per-page
// setting for: hreflang links to both languages, and the query the page was
// prerendered for (guard.js compares it with the address bar). Pages are
// served by a pageServer: cached by canonical query, compressed, and at
// most maxPrerenders rendered at once.
func withPageHead(pages http.Handler, origin string) http.Handler {
	return newPageServer(pages, origin, maxPrerenders())
}

// pageCacheSize bounds the cache to about 40 MB: a page is about 127 kB,
// plus about 23 kB of brotli and 25 kB of gzip once asked for.
const pageCacheSize = 256

// renderPage prerenders one page with go-app for query, the canonical
// form of the request's (canonicalQuery), and adds the head tags.
func renderPage(pages http.Handler, r *http.Request, route ui.Route, origin, query string) cachedPage {
	canon := r.Clone(r.Context())
	u := *r.URL
	u.RawQuery = query
	canon.URL = &u
	canon.RequestURI = u.RequestURI()
	rec := record(pages, canon)
	body := rec.body.Bytes()
	header := rec.header.Clone()
	header.Set("Content-Type", "text/html; charset=utf-8")
	page := cachedPage{status: rec.code, header: header}
	if rec.code == http.StatusOK {
		body = injectHead(body, headTags(route, origin, u.Query()))
		body = fixPage(body, origin, route.Lang)
		page.enc = newEncodedBodies(pageCompression)
	}
	page.body = body
	header.Set("Etag", contentETag(body))
	return page
}

// headTags are the extra <head> elements of one page, for the inputs in
// q.
func headTags(route ui.Route, origin string, q url.Values) string {
	var b strings.Builder
	for _, l := range content.Langs {
		alt := route
		if alt.Lang != l {
			alt = route.Counterpart()
		}
		b.WriteString(`<link rel="alternate" hreflang="` + string(l) + `" href="` + html.EscapeString(origin+ui.RootPrefix()+alt.Path) + `">`)
	}
	en := route
	if en.Lang != content.English {
		en = route.Counterpart()
	}
	b.WriteString(`<link rel="alternate" hreflang="x-default" href="` + html.EscapeString(origin+ui.RootPrefix()+en.Path) + `">`)
	b.WriteString(`<meta name="watt-query" content="` + html.EscapeString(ui.PageQuery(route.Kind, q)) + `">`)
	// No paint before the answer is parsed (ui.PaintAfterID). A page
	// without that element (an invalid input) is painted once parsed.
	if id := ui.PaintAfterID(route.Kind); id != "" {
		b.WriteString(`<link rel="expect" href="#` + id + `" blocking="render">`)
	}
	b.WriteString(bootScript())
	return b.String()
}

// bootScript starts app.wasm's download and compilation (boot.js) while
// the rest of the page is still being parsed. It is inline, and first
// among the scripts: an external script costs a request before it runs,
// and an async one waits for the parser's next pause, which a 130 kB page
// can put off for hundreds of milliseconds. go-app's own loader runs only
// after the whole page. The server's Content-Security-Policy allows it by
// its hash (server.InlineScriptHashes), as the static export's does.
func bootScript() string {
	root := html.EscapeString(ui.RootPrefix())
	return `<script data-wasm="` + root + `/web/app.wasm" data-wasm-exec="` + root + `/wasm_exec.js">` + bootJS + `</script>`
}

//go:embed boot.js
var bootJS string

// injectHead puts tags at the start of <head>, before the scripts: guard.js
// runs as soon as it is parsed and must find the watt-query meta.
func injectHead(page []byte, tags string) []byte {
	i := bytes.Index(page, []byte("<head>"))
	if i < 0 {
		return page
	}
	i += len("<head>")
	out := make([]byte, 0, len(page)+len(tags))
	out = append(out, page[:i]...)
	out = append(out, tags...)
	return append(out, page[i:]...)
}
