package site

import (
	_ "embed"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/ui"
	"wattledger/content"
)

// newGoApp configures go-app's handler, *app.Handler, which serves the
// pages, app.js, the manifest and the service worker: names, local icons (go-app's
// default icon is a remote URL, and one failed precache request makes the
// service worker cache nothing), styles, the pages to precache so every
// page works offline in both languages, and a version derived from the
// build so visitors re-download only when something changed.
func newGoApp(version string, resources app.ResourceResolver) *app.Handler {
	l := content.English
	return &app.Handler{
		Name:            l.T("site.name") + " · " + content.Chinese.T("site.name"),
		ShortName:       l.T("site.name"),
		Title:           l.T("page.calculator.title"),
		Description:     l.T("page.calculator.description"),
		Lang:            string(l),
		Author:          l.T("site.name"),
		BackgroundColor: "#fbfaf7",
		ThemeColor:      "#1f5f5b",
		LoadingLabel:    "{progress}%",
		Icon: app.Icon{
			Default:  "/web/icons/icon-192.png",
			Large:    "/web/icons/icon-512.png",
			Maskable: "/web/icons/icon-maskable-512.png",
			SVG:      "/web/icon.svg",
		},
		Styles:                  []string{"/web/app.css", "/web/fonts/fonts.css"},
		Scripts:                 []string{"/web/guard.js"},
		CacheableResources:      cacheableResources(),
		Version:                 version,
		Resources:               resources,
		ServiceWorkerTemplate:   serviceWorkerJS,
		WasmContentLengthHeader: "X-Wasm-Length",
	}
}

// cacheableResources are precached by the service worker besides go-app's
// own files: every page in both languages, and the static assets.
func cacheableResources() []string {
	out := []string{
		"/web/fonts/noto-sans-sc-subset.woff2",
		"/web/chart-png.js",
		"/web/icons/icon-192.png",
		"/web/icons/icon-512.png",
		"/web/icons/icon-maskable-512.png",
		"/web/icon.svg",
	}
	for _, r := range ui.Routes {
		if r.Path != "/" {
			out = append(out, r.Path)
		}
	}
	return out
}

// serviceWorkerJS is go-app's service worker template with Watt Ledger's
// changes (see the file's own comments).
//
//go:embed service-worker.js
var serviceWorkerJS string
