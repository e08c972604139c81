// Package server is Watt Ledger's HTTP front: a middleware stack that sits in
// front of go-app's page handler, and a server with timeouts and graceful
// shutdown.
//
// It does not import go-app; it wraps any http.Handler, so it is tested with
// a fake one. The stack, outermost first:
//
//   - access log (one line per request, off unless WithAccessLog is given);
//   - security headers on every response (CSP, nosniff, Referrer-Policy,
//     X-Frame-Options except on the embed pages, which may be framed);
//   - GET and HEAD only (405 otherwise);
//   - a path sanitiser that refuses traversal, encoded separators, double
//     encoding, backslashes, NUL and dot segments (400);
//   - /healthz;
//   - a router: the known page paths and go-app's own files go to the pages
//     handler (the other slash form of a page, "/zh", is redirected to the
//     listed one, since go-app routes are exact), /web/ is served from Config.WebDir through an os.Root (no
//     listings, no symlinks out, .br/.gz siblings negotiated), and everything
//     else gets a bilingual 404 page.
//
// Why /web/ is not left to go-app: go-app v10.1.11 serves it with
// http.FileServer(http.Dir("")), which lists directories and follows
// symlinks, and it serves /robots.txt and /sitemap.xml by fetching
// "http://" + r.Host + "/web/..." and caching the first answer, so a forged
// Host header could plant content there. This package serves those files
// from disk itself.
//
// Caching: go-app references app.wasm as the bare "/web/app.wasm" (no
// version in the path or query) and its service worker re-fetches every
// resource through the HTTP cache when the version changes, so nothing it
// references may be cached as immutable. Everything is "no-cache" with an
// ETag and Last-Modified, except URLs that carry ?v=<Config.Version>.
//
// The files that implement the server are built with !wasm; wasm.go holds
// stubs so that a main.go compiled for both targets (tools/bench/floor)
// still builds, without dragging the server into its wasm. The app's own
// wasm never imports this package (internal/layers checks it).
package server
