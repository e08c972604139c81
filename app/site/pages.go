package site

import (
	"bytes"
	_ "embed"
	"html"
	"net/http"
	"strconv"
	"strings"

	"wattledger/app/estimate"
	"wattledger/app/ui"
	"wattledger/content"
)

// withPageHead adds to each page's <head> what go-app has no per-page
// setting for: hreflang links to both languages, and the query the page was
// prerendered for (guard.js compares it with the address bar).
// Rendered pages are kept in a cache of pageCacheSize entries.
func withPageHead(pages http.Handler, origin string) http.Handler {
	cache := newPageCache(pageCacheSize)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		route, ok := ui.RouteFor(ui.SitePath(r.URL.Path))
		if !ok {
			pages.ServeHTTP(w, r)
			return
		}
		key := r.URL.Path + "?" + r.URL.RawQuery
		page, hit := cache.get(key)
		if !hit {
			page = renderPage(pages, r, route, origin)
			page.key = key
			if page.status == http.StatusOK {
				cache.put(page)
			}
		}
		writePage(w, r, page)
	})
}

// writePage answers with a page kept in memory: 304 when the request's
// If-None-Match names its ETag, else its headers, its length, and its
// body unless the request is HEAD. Any other validator (a stale ETag sent
// after a deploy) gets the whole page, head and all.
func writePage(w http.ResponseWriter, r *http.Request, page cachedPage) {
	for k, v := range page.header {
		w.Header()[k] = v
	}
	if page.status == http.StatusOK && etagMatches(r.Header.Values("If-None-Match"), page.header.Get("Etag")) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(page.body)))
	w.WriteHeader(page.status)
	if r.Method != http.MethodHead {
		w.Write(page.body)
	}
}

// pageCacheSize bounds the cache to about 25 MB of pages.
const pageCacheSize = 256

// renderPage prerenders one page with go-app and adds the head tags.
func renderPage(pages http.Handler, r *http.Request, route ui.Route, origin string) cachedPage {
	rec := newRecorder()
	get := r.Clone(r.Context())
	get.Method = http.MethodGet
	// go-app answers a matching validator with an empty 304: the page is
	// always rendered whole, and writePage answers the validator.
	get.Header.Del("If-None-Match")
	get.Header.Del("If-Modified-Since")
	pages.ServeHTTP(rec, get)
	body := rec.body.Bytes()
	if rec.code == http.StatusOK {
		body = injectHead(body, headTags(route, origin, estimate.FromQuery(r.URL.Query()).Encode()))
		body = fixPage(body, origin, route.Lang)
	}
	header := rec.header.Clone()
	header.Set("Content-Type", "text/html; charset=utf-8")
	header.Set("Etag", contentETag(body))
	return cachedPage{status: rec.code, header: header, body: body}
}

// headTags are the extra <head> elements of one page.
func headTags(route ui.Route, origin, query string) string {
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
	b.WriteString(`<meta name="watt-query" content="` + html.EscapeString(query) + `">`)
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
	return `<script data-wasm="` + html.EscapeString(ui.RootPrefix()) + `/web/app.wasm">` + bootJS + `</script>`
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
