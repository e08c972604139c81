//go:build !wasm

package main

import (
	"bytes"
	_ "embed"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/estimate"
	"wattledger/app/server"
	"wattledger/content"
)

// siteHandler is the whole site: the hardened front (package server) over
// go-app's handler, whose pages get the head tags go-app cannot set per page.
func siteHandler(cfg server.Config, h *app.Handler) http.Handler {
	return server.Handler(cfg, withPageHead(withManifest(withAppJS(h)), siteURL()),
		server.WithPages(pagePaths()...),
		server.WithEmbedPages(embedPaths()...),
		server.WithAccessLog(os.Stderr),
	)
}

// siteURL is the public origin for canonical links, hreflang and the
// sitemap: WATT_SITE_URL, else http://localhost:8000.
func siteURL() string {
	if u := strings.TrimRight(os.Getenv("WATT_SITE_URL"), "/"); u != "" {
		return u
	}
	return "http://localhost:8000"
}

// siteDomain is go-app's Handler.Domain for a public origin: the host and
// any path, without the scheme. go-app writes canonical, og:url and
// og:image as https:// + Domain + path; without a Domain they come out as
// "https://".
func siteDomain(site string) string {
	return strings.TrimPrefix(strings.TrimPrefix(site, "https://"), "http://")
}

// withPageHead adds to each page's <head> what go-app has no per-page
// setting for: hreflang links to both languages, and the query the page was
// prerendered for (guard.js compares it with the address bar).
// Rendered pages are kept in a cache of pageCacheSize entries.
func withPageHead(pages http.Handler, origin string) http.Handler {
	cache := newPageCache(pageCacheSize)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		route, ok := routeFor(sitePath(r.URL.Path))
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
func renderPage(pages http.Handler, r *http.Request, route pageRoute, origin string) cachedPage {
	rec := httptest.NewRecorder()
	get := r.Clone(r.Context())
	get.Method = http.MethodGet
	// go-app answers a matching validator with an empty 304: the page is
	// always rendered whole, and writePage answers the validator.
	get.Header.Del("If-None-Match")
	get.Header.Del("If-Modified-Since")
	pages.ServeHTTP(rec, get)
	body := rec.Body.Bytes()
	if rec.Code == http.StatusOK {
		body = injectHead(body, headTags(route, origin, estimate.FromQuery(r.URL.Query()).Encode()))
		body = tightenArticle(body)
		body = keepFragmentLinks(body, rootPrefix())
		body = pngFavicon(body)
		body = openGraphOrigin(body, origin)
	}
	header := rec.Header().Clone()
	header.Set("Content-Type", "text/html; charset=utf-8")
	header.Set("Etag", contentETag(body))
	return cachedPage{status: rec.Code, header: header, body: body}
}

// tightenArticle removes the line breaks and indentation go-app's encoder
// puts between the explainer's inline elements. A browser shows them as a
// space: "约 <a>4150亿千瓦时</a> ，约占" in Chinese, "415 TWh , roughly" in
// English. The browser keeps this copy of the article (prerendered.go),
// so it must read as the one go-app builds, whose text nodes carry their
// own spaces: "…</a>" then " of all" must keep that space. The article has
// no preformatted text. If the encoder's layout is not what joinLines
// expects, the page is left as it is: spaces too many, none missing.
func tightenArticle(page []byte) []byte {
	// go-app writes attributes in map order: id="article" may come anywhere.
	loc := articleStart.FindIndex(page)
	if loc == nil {
		return page
	}
	start := loc[0]
	end := bytes.Index(page[start:], []byte(`</article>`))
	if end < 0 {
		return page
	}
	end += start + len(`</article>`)
	lineStart := bytes.LastIndexByte(page[:start], '\n') + 1
	depth := (start - lineStart) / 2
	joined, ok := joinLines(page[start:end], depth)
	if !ok {
		return page
	}
	out := make([]byte, 0, len(page))
	out = append(out, page[:start]...)
	out = append(out, joined...)
	return append(out, page[end:]...)
}

// joinLines joins the lines of an element go-app encoded at depth,
// removing each line break and exactly the indentation go-app wrote before
// the next line: two spaces per depth, where the depth follows from the
// tags (an element whose children are on lines of their own opens a level,
// its closing tag ends it). What is left of a line's leading spaces is the
// text's own.
func joinLines(src []byte, depth int) ([]byte, bool) {
	lines := bytes.Split(src, []byte("\n"))
	out := make([]byte, 0, len(src))
	out = append(out, lines[0]...)
	opens := opensLevel(lines[0])
	for _, line := range lines[1:] {
		switch {
		case opens:
			depth++
		case bytes.HasPrefix(bytes.TrimLeft(line, " "), []byte("</")):
			depth--
		}
		indent := 2 * depth
		if depth < 0 || len(line) < indent || len(bytes.TrimLeft(line[:indent], " ")) > 0 {
			return nil, false
		}
		line = line[indent:]
		if rest := bytes.TrimLeft(line, " "); len(rest) < len(line) && len(rest) > 0 && rest[0] == '<' {
			// A tag indented deeper than its depth: a text spans lines,
			// and the depths that follow cannot be trusted.
			return nil, false
		}
		out = append(out, line...)
		opens = opensLevel(line)
	}
	return out, true
}

// opensLevel reports whether an encoded line is an opening tag whose
// element's children follow on lines of their own. Text is escaped, so a
// line that starts with "<" is a tag.
func opensLevel(line []byte) bool {
	if len(line) < 2 || line[0] != '<' || line[1] == '/' || line[len(line)-1] != '>' || bytes.Contains(line, []byte("</")) {
		return false
	}
	name := line[1:]
	if i := bytes.IndexAny(name, " >"); i >= 0 {
		name = name[:i]
	}
	return !voidElements[string(name)]
}

// voidElements have no closing tag.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
}

// pngFavicon points the page's favicon at the PNG icon. go-app links the
// SVG one whenever the Handler has an SVG icon (which the manifest keeps,
// for installs), and the browser then renders that SVG on the page's main
// thread in a document of its own, about 50 ms just after the load event,
// when the WebAssembly is about to start.
func pngFavicon(page []byte) []byte {
	return faviconLink.ReplaceAll(page, []byte(`<link rel="icon" type="image/png" sizes="192x192" href="${1}${2}/web/icons/icon-192.png">`))
}

// openGraphOrigin writes og:url and og:image on the site's own origin.
// go-app writes them as "https://" + Handler.Domain whatever the site's
// scheme, so a site served over plain HTTP (WATT_SITE_URL=http://…, as on
// a laptop) had canonical links on http and Open Graph links on https.
func openGraphOrigin(page []byte, origin string) []byte {
	if strings.HasPrefix(origin, "https://") {
		return page
	}
	return bytes.ReplaceAll(page, []byte(`content="https://`+siteDomain(origin)+`/`), []byte(`content="`+origin+`/`))
}

// faviconLink matches go-app's favicon link, its attributes in either order.
var faviconLink = regexp.MustCompile(`<link (?:rel="icon" href="([^"]*)/web/icon\.svg"|href="([^"]*)/web/icon\.svg" rel="icon")>`)

// keepFragmentLinks undoes what go-app's prefixed resolver does to links
// within the page under a sub-path (the static export's -base): it turns
// href="#s1" into href="/base#s1", which leaves the page (and, under
// go-app's navigation, drops the inputs in the query). The explainer's
// table of contents is such a link, and the browser keeps the prerendered
// article (prerendered.go).
func keepFragmentLinks(page []byte, prefix string) []byte {
	if prefix == "" {
		return page
	}
	return bytes.ReplaceAll(page, []byte(`href="`+prefix+`#`), []byte(`href="#`))
}

var articleStart = regexp.MustCompile(`<article [^>]*id="article"`)

// headTags are the extra <head> elements of one page.
func headTags(route pageRoute, origin, query string) string {
	var b strings.Builder
	for _, l := range content.Langs {
		alt := route
		if alt.Lang != l {
			alt = route.counterpart()
		}
		b.WriteString(`<link rel="alternate" hreflang="` + string(l) + `" href="` + html.EscapeString(origin+rootPrefix()+alt.Path) + `">`)
	}
	en := route
	if en.Lang != content.English {
		en = route.counterpart()
	}
	b.WriteString(`<link rel="alternate" hreflang="x-default" href="` + html.EscapeString(origin+rootPrefix()+en.Path) + `">`)
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
	return `<script data-wasm="` + html.EscapeString(rootPrefix()) + `/web/app.wasm">` + bootJS + `</script>`
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
