package site

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"regexp"
	"strings"
	"sync"

	"wattledger/app/ui"
	"wattledger/content"
)

// Every workaround of go-app v10.1.11's output is in this file: what go-app
// does, why it hurts, and the sign that the workaround can go. When
// upgrading go-app, read this file first; TestAppJSIsPatched and
// TestManifestHasNoSVGIcon run the rewrites on the go-app in go.mod and
// fail when its output no longer has the shape they expect.
//
//  1. app.js (withAppJS): progress stream, late wasm fetch, early service
//     worker. Can go when go-app's loader streams app.wasm into the
//     compiler without a progress callback, accepts a module compiled
//     earlier, and registers its worker after the app is ready.
//  2. The manifest (withManifest): go-app lists the SVG icon. Can go when
//     go-app lets the manifest's icons differ from the page's, or Chrome
//     stops rendering an SVG icon for its installability check.
//  3. The favicon (pngFavicon): go-app links the SVG icon as the page's
//     favicon. Can go with 2, when the Handler's SVG icon can be dropped.
//  4. Fragment links under a sub-path (keepFragmentLinks): go-app's
//     PrefixedLocation resolver turns href="#x" into href="/base#x". Can go
//     when the resolver leaves fragment-only links alone.
//  5. The article's whitespace (tightenArticle): go-app's encoder indents
//     inline elements on lines of their own, which a browser shows as
//     spaces. Can go when go-app writes inline content without layout, or
//     when the article is rendered as app.Raw of HTML that content/explainer
//     produces (the structural fix go-app's own docs site uses for
//     markdown; not done yet because the browser keeps the server's copy
//     of the article and the two renderings must then stay identical).
//  6. Open Graph links over plain HTTP (openGraphOrigin): go-app writes
//     og:url and og:image as "https://" + Handler.Domain whatever the
//     site's scheme. Can go when go-app takes the scheme from the Handler
//     (or the site is only ever served over HTTPS).
//  7. The loader's pill (localLoader, and the app.js patch "say that the
//     module failed"): go-app writes one label for every page ("0%", its
//     LoadingLabel, which the progress stream no longer updates: 1) and
//     shows a failed load as the raw JavaScript error, in English. The
//     page's pill says "loading" in the page's language, and a failure
//     says what happened and offers a reload. Can go when go-app's
//     loader label and error are per page and translatable.
//
// Five more live where they are needed, because they act while a
// component renders or a request is routed, not on go-app's output:
//
//   - go-app drops an attribute whose value is empty, so an option with
//     value="" ("as published", "same as the region") took its text as
//     its value before Go ran: the form's drop-downs write their server
//     options as HTML (app/ui/form/select-field.go). Can go when go-app
//     keeps empty attribute values;
//   - go-app writes a false boolean attribute as selected="false", which
//     HTML reads as on: components set them through dom.CheckedIf and
//     dom.SelectedIf (app/ui/dom/boolean-attributes.go, which says when it
//     can go);
//   - go-app quotes attribute values with strconv.Quote, which is not HTML
//     escaping: text from a URL goes through dom.AttributeText on the host
//     (app/ui/dom/attribute-text_other.go);
//   - go-app's default icon is a remote URL, which breaks the service
//     worker's precache: newGoApp sets local icons;
//   - go-app serves /web/ through http.FileServer and fetches robots.txt by
//     the request's Host: package server serves those files itself (its
//     doc.go).

// withGoAppFixes serves go-app's handler with its app.js and manifest
// rewritten (workarounds 1 and 2).
func withGoAppFixes(h http.Handler) http.Handler { return withManifest(withAppJS(h)) }

// fixPage applies the workarounds of a page in language l prerendered for
// the public origin (3 to 7). The favicon and Open Graph links are in
// <head>: only that part is searched (a regular expression over the whole
// 127 kB page was 3% of a prerender).
func fixPage(page []byte, origin string, l content.Lang) []byte {
	page = localLoader(page, l)
	page = tightenArticle(page)
	page = keepFragmentLinks(page, ui.RootPrefix())
	end := bytes.Index(page, []byte("</head>"))
	if end < 0 {
		return openGraphOrigin(pngFavicon(page), origin)
	}
	head := openGraphOrigin(pngFavicon(page[:end]), origin)
	return append(head[:len(head):len(head)], page[end:]...)
}

// 1. app.js

// go-app's loader script (/app.js) does three things that slow down the
// first visit of a page that is already readable before the WebAssembly
// runs, and withAppJS rewrites them:
//
//   - It reads app.wasm through a JavaScript stream to show a percentage,
//     and writes the percentage into the page for every chunk (10 MB are
//     a hundred chunks, each a script turn and a style recalculation on
//     the main thread that is also compiling the wasm). The page shows a
//     spinner instead, and the browser streams the response straight into
//     the compiler.
//   - It fetches app.wasm only when it runs, after the whole page has been
//     parsed. web/boot.js starts the download and the compilation from
//     <head>, and app.js instantiates that module.
//   - It runs Go as soon as the module is there. Go's start holds the
//     main thread for about 1.8 s on Lighthouse's 4× slower CPU, and the
//     prerendered page needs none of it to be read: Go now starts at the
//     visitor's first touch, click, key or focus (web/boot.js), or at once
//     when the page's numbers must be computed (web/guard.js). A button
//     pressed in between is pressed again once it is live.
//   - It registers the service worker at once, whose install downloads
//     app.wasm a second time and prerenders every page on the server while
//     the first one is still starting. The worker now registers once the
//     page is ready (<html data-app="ready">), or once it has loaded and
//     is idle, for a visitor who only reads.
//
// Each rewrite must match go-app's script exactly once; patchAppJS fails
// otherwise, and a test runs it on the script of the go-app version in
// go.mod.
var appJSPatches = []struct {
	name string
	old  *regexp.Regexp
	new  string
}{
	{"fetch app.wasm without the progress stream, and only if boot.js has not", regexp.MustCompile(`fetchWithProgress\(("[^"]+"), showProgress\)`), `() => fetch($1)`},
	{"take the module web/boot.js compiled", regexp.MustCompile(`await instantiateStreaming\(`), `await wattInstantiate(instantiateStreaming, `},
	{"no percentage", regexp.MustCompile(`\n\s*showProgress\(0\);`), ``},
	{"register the service worker once the page is ready or idle", regexp.MustCompile(`\ngoappInitServiceWorker\(\);`), "\nwattRegisterWorkerSoon(goappInitServiceWorker);"},
	{"say that the module failed, in the page's language (7)", regexp.MustCompile(`loaderLabel\.innerText = err;`), `wattLoadFailed(loaderLabel, err);`},
}

// appJSAdditions holds the functions the patches call, appended to the
// script.
//
//go:embed app-js-additions.js
var appJSAdditions string

// patchAppJS applies appJSPatches to go-app's app.js.
func patchAppJS(js []byte) ([]byte, error) {
	for _, p := range appJSPatches {
		if n := len(p.old.FindAllIndex(js, -1)); n != 1 {
			return nil, fmt.Errorf("app.js: %s: %d matches of %s, want 1 (has go-app's loader changed?)", p.name, n, p.old)
		}
		js = p.old.ReplaceAll(js, []byte(p.new))
	}
	return append(append(js, '\n'), appJSAdditions...), nil
}

// withAppJS serves go-app's /app.js patched (see appJSPatches).
func withAppJS(h http.Handler) http.Handler { return withRewritten(h, "/app.js", patchAppJS) }

// 2. The manifest

// withManifest serves go-app's web app manifest without its SVG icon.
// go-app lists the Handler's SVG icon whenever one is set (and a remote
// default when none is), and Chrome prefers an SVG icon of size "any" for
// the installability check it runs on every page load: it renders the SVG
// on the page's main thread just after the load event, which is when the
// WebAssembly arrives on a first visit. The PNG icons (192, 512 and the
// maskable 512) serve installs as well.
func withManifest(h http.Handler) http.Handler {
	return withRewritten(h, "/manifest.webmanifest", dropSVGIcons)
}

// dropSVGIcons removes the SVG entries from a manifest's icons and keeps
// every other field as it was.
func dropSVGIcons(manifest []byte) ([]byte, error) {
	var m map[string]any
	if err := json.Unmarshal(manifest, &m); err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	icons, _ := m["icons"].([]any)
	var kept []any
	for _, icon := range icons {
		if fields, ok := icon.(map[string]any); ok && fields["type"] == "image/svg+xml" {
			continue
		}
		kept = append(kept, icon)
	}
	if len(kept) == 0 {
		return nil, fmt.Errorf("manifest: no icon left besides SVG ones")
	}
	m["icons"] = kept
	return json.Marshal(m)
}

// 3. The favicon

// pngFavicon points the page's favicon at the PNG icon. go-app links the
// SVG one whenever the Handler has an SVG icon (which the manifest keeps,
// for installs), and the browser then renders that SVG on the page's main
// thread in a document of its own, about 50 ms just after the load event,
// when the WebAssembly is about to start.
func pngFavicon(page []byte) []byte {
	return faviconLink.ReplaceAll(page, []byte(`<link rel="icon" type="image/png" sizes="192x192" href="${1}${2}/web/icons/icon-192.png">`))
}

// faviconLink matches go-app's favicon link, its attributes in either order.
var faviconLink = regexp.MustCompile(`<link (?:rel="icon" href="([^"]*)/web/icon\.svg"|href="([^"]*)/web/icon\.svg" rel="icon")>`)

// 4. Fragment links under a sub-path

// keepFragmentLinks undoes what go-app's prefixed resolver does to links
// within the page under a sub-path (the static export's -base): it turns
// href="#s1" into href="/base#s1", which leaves the page (and, under
// go-app's navigation, drops the inputs in the query). The explainer's
// table of contents is such a link, and the browser keeps the prerendered
// article (dom.ServerCopy).
func keepFragmentLinks(page []byte, prefix string) []byte {
	if prefix == "" {
		return page
	}
	return bytes.ReplaceAll(page, []byte(`href="`+prefix+`#`), []byte(`href="#`))
}

// 5. The article's whitespace

// tightenArticle removes the line breaks and indentation go-app's encoder
// puts between the explainer's inline elements. A browser shows them as a
// space: "约 <a>4150亿千瓦时</a> ，约占" in Chinese, "415 TWh , roughly" in
// English. The browser keeps this copy of the article (dom.ServerCopy),
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

var articleStart = regexp.MustCompile(`<article [^>]*id="article"`)

// 6. Open Graph links over plain HTTP

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

// withRewritten is how 1 and 2 are served.

// withRewritten serves go-app's resource at path as rewrite changes it.
// go-app's resources depend only on the handler's settings, so each is
// rewritten once; a rewrite that fails answers 500 rather than serving
// go-app's original.
func withRewritten(h http.Handler, path string, rewrite func([]byte) ([]byte, error)) http.Handler {
	var once sync.Once
	var resource cachedPage
	var err error
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != path {
			h.ServeHTTP(w, r)
			return
		}
		once.Do(func() {
			rec := get(h, path)
			if rec.code != http.StatusOK {
				err = fmt.Errorf("%s: go-app answered %d", path, rec.code)
				return
			}
			resource = cachedPage{status: http.StatusOK, header: rec.header.Clone()}
			resource.body, err = rewrite(bytes.Clone(rec.body.Bytes()))
			resource.header.Set("Etag", contentETag(resource.body))
		})
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		writePage(w, r, resource, "")
	})
}

// 7. The loader's pill

// localLoader gives go-app's loader pill the page's language: "loading"
// instead of go-app's label (LoadingLabel, a percentage nothing updates),
// and the texts wattLoadFailed (app-js-additions.js) shows if the module
// cannot start. If go-app's pill is not there, the page is left as it is.
func localLoader(page []byte, l content.Lang) []byte {
	loc := loaderLabel.FindIndex(page)
	if loc == nil {
		return page
	}
	label := `<p id="app-wasm-loader-label" class="goapp-label" role="status"` +
		` data-failed="` + html.EscapeString(l.T("loader.failed")) + `" data-reload="` + html.EscapeString(l.T("loader.reload")) + `">` +
		html.EscapeString(l.T("loader.loading")) + `</p>`
	out := make([]byte, 0, len(page)+len(label))
	out = append(out, page[:loc[0]]...)
	out = append(out, label...)
	return append(out, page[loc[1]:]...)
}

// loaderLabel matches go-app's label as newGoApp's LoadingLabel renders
// it. go-app writes attributes in map order, so either comes first: a
// match of one order only left every other prerender without the texts
// of a failed start (the pill then showed the raw CompileError).
var loaderLabel = regexp.MustCompile(`<p (?:id="app-wasm-loader-label" class="goapp-label"|class="goapp-label" id="app-wasm-loader-label")>0%</p>`)
