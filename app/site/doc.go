// Package site is everything Watt Ledger runs on the host, and nothing the
// browser runs: go-app's handler and its settings (goapp.go), the head
// each page gets and the cache of rendered pages (pages.go, page-cache.go),
// the static export and the sitemap, the build's version, the inline
// loader (boot.js) and the service worker template, and every workaround
// of go-app's output in one file (goapp-workarounds.go).
//
// One wiring (site.go: newSite) serves both the server and the static
// export. Only the host entry point (app/main_other.go) imports site, so
// its files need no build tags; it may import net/http, package server
// and package ui (for the route table), never the other way round.
package site
