//go:build !wasm

package server

import (
	"bytes"
	"net/http"
	"path"
	"slices"
	"strings"
	"time"
)

type handler struct {
	cfg           Config
	pages         http.Handler
	known         map[string]bool   // page routes and go-app's files: to pages
	canonical     map[string]string // "/zh" -> "/zh/": the other slash form
	embeds        map[string]bool   // pages that may be framed
	aliases       map[string]string // root path -> file under WebDir
	csp, cspEmbed string
	log           *accessLog
}

// Handler returns the middleware stack in front of pages, go-app's
// *app.Handler (see doc.go for the order). It renders each page once to find
// inline scripts for the CSP, so call it after the app.Route calls.
func Handler(cfg Config, pages http.Handler, opts ...Option) http.Handler {
	o := defaultOptions()
	for _, opt := range opts {
		opt(&o)
	}
	h := &handler{
		cfg: cfg.withDefaults(), pages: pages, aliases: o.aliases,
		known:     make(map[string]bool),
		canonical: make(map[string]string),
		embeds:    withSlashVariants(o.embeds),
	}
	for _, p := range append(slices.Clone(o.pages), o.appFiles...) {
		h.known[p] = true
	}
	for v, p := range slashVariants(o.pages) {
		if !h.known[v] {
			h.canonical[v] = p
		}
	}
	if o.accessLog != nil {
		h.log = &accessLog{w: o.accessLog}
	}
	p := o.policy
	for _, page := range o.pages {
		p.ScriptHashes = append(p.ScriptHashes, InlineScriptHashes(render(pages, page))...)
	}
	slices.Sort(p.ScriptHashes)
	p.ScriptHashes = slices.Compact(p.ScriptHashes)
	p.Embed, p.Meta = false, false
	h.csp = p.String()
	p.Embed = true
	h.cspEmbed = p.String()
	return h
}

// slashVariants maps the other slash form of each page path to the path:
// "/zh" -> "/zh/", and "/about/" -> "/about".
func slashVariants(paths []string) map[string]string {
	m := make(map[string]string, len(paths))
	for _, p := range paths {
		switch {
		case p == "/":
		case strings.HasSuffix(p, "/"):
			m[strings.TrimSuffix(p, "/")] = p
		case path.Ext(p) == "":
			m[p+"/"] = p
		}
	}
	return m
}

// withSlashVariants makes a set of the paths and their other slash forms.
func withSlashVariants(paths []string) map[string]bool {
	m := make(map[string]bool, 2*len(paths))
	for _, p := range paths {
		m[p] = true
	}
	for v := range slashVariants(paths) {
		m[v] = true
	}
	return m
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if h.log != nil {
		lw := &logWriter{ResponseWriter: w, status: http.StatusOK}
		defer h.log.line(r, lw, time.Now())
		w = lw
	}
	h.setSecurityHeaders(w.Header(), h.embeds[r.URL.Path])

	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	p, ok := cleanPath(r.URL.Path)
	if !ok {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	switch {
	case p == "/healthz":
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.Write([]byte("ok"))
	case strings.HasPrefix(p, "/web/"):
		h.serveFile(w, r, strings.TrimPrefix(p, "/web/"))
	case h.aliases[p] != "":
		h.serveFile(w, r, h.aliases[p])
	case h.known[p]:
		h.pages.ServeHTTP(&notFoundWriter{ResponseWriter: w}, r)
	case h.canonical[p] != "":
		// One URL per page (go-app routes are exact strings); the target
		// comes from our own list, so this cannot redirect off-site.
		u := h.canonical[p]
		if r.URL.RawQuery != "" {
			u += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, u, http.StatusMovedPermanently)
	default:
		notFound(w)
	}
}

func (h *handler) setSecurityHeaders(hdr http.Header, embed bool) {
	hdr.Set("X-Content-Type-Options", "nosniff")
	hdr.Set("Referrer-Policy", "strict-origin-when-cross-origin")
	if embed {
		hdr.Set("Content-Security-Policy", h.cspEmbed)
		return
	}
	hdr.Set("Content-Security-Policy", h.csp)
	hdr.Set("X-Frame-Options", "DENY")
}

// render returns the body of a GET for path, or nil if it is not a 200 page.
// A small recorder stands in for httptest, whose init registers a flag.
func render(h http.Handler, path string) []byte {
	req, err := http.NewRequest(http.MethodGet, path, nil)
	if err != nil {
		return nil
	}
	rec := &recorder{header: http.Header{}, code: http.StatusOK}
	h.ServeHTTP(rec, req)
	if rec.code != http.StatusOK {
		return nil
	}
	return rec.body.Bytes()
}

type recorder struct {
	header http.Header
	body   bytes.Buffer
	code   int
}

func (r *recorder) Header() http.Header         { return r.header }
func (r *recorder) Write(b []byte) (int, error) { return r.body.Write(b) }
func (r *recorder) WriteHeader(code int)        { r.code = code }
