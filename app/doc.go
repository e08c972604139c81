// Command app is Watt Ledger's web app: go-app components that run the
// energy model in the visitor's browser as WebAssembly, and, built for the
// host, the Go server that prerenders every page and the static exporter.
//
// Layout: one component per file (page-*.go for routed pages, the rest
// reusable parts); routes.go declares every page once, and the router, the
// server's 404, the static export and the sitemap all read that table.
// Subpackages: estimate (untrusted input to model result), chart (gonum/plot
// SVG charts) and server (the hardened HTTP front).
package main
