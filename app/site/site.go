package site

import (
	"net/http"
	"os"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/ui"
)

// site is the wiring one host command needs, built once and shared by the
// server and the static export: the build's version, and the pages
// handler (go-app's handler behind the workarounds of its output and the
// per-page head).
type site struct {
	version string
	pages   http.Handler
}

// newSite registers the routes for origin (the public origin of canonical
// links) and builds go-app's handler for the files in webDir, its
// resources resolved by resources (a root prefix for the static export).
func newSite(webDir, origin string, resources app.ResourceResolver) (site, error) {
	version, err := buildVersion(webDir)
	if err != nil {
		return site{}, err
	}
	ui.Register(ui.Site{Origin: origin})
	h := newGoApp(version, resources)
	h.WasmContentLength = wasmLength(webDir)
	h.Domain = siteDomain(origin)
	return site{version: version, pages: withPageHead(withGoAppFixes(h), origin)}, nil
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

// wasmLength is app.wasm's uncompressed size: go-app's loader shows
// progress against it, since the compressed transfer's length differs.
func wasmLength(webDir string) string {
	st, err := os.Stat(webDir + "/app.wasm")
	if err != nil {
		return ""
	}
	return strconv.FormatInt(st.Size(), 10)
}

// pagePaths lists every page path.
func pagePaths() []string {
	var out []string
	for _, r := range ui.Routes {
		out = append(out, r.Path)
	}
	return out
}

// embedPaths lists the pages other sites may frame.
func embedPaths() []string {
	var out []string
	for _, r := range ui.Routes {
		if r.Kind == ui.KindEmbed {
			out = append(out, r.Path)
		}
	}
	return out
}
