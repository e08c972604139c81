package server

import (
	"io"
	"time"
)

// DecodedLengthHeader carries the size of a negotiated asset before content
// coding. go-app's loader divides the bytes it has read (decoded) by
// Content-Length (encoded, for .br/.gz) to show progress; set go-app's
// Handler.WasmContentLengthHeader to this name so the percentage is right.
const DecodedLengthHeader = "X-Decoded-Content-Length"

// Config holds the deployment settings. Zero fields take the defaults below.
type Config struct {
	// Addr is the listen address; default ":8000".
	Addr string
	// WebDir is the directory served as /web/; default "web", the directory
	// go-app's default Resources (app.LocalDir("")) resolves /web/ to.
	WebDir string
	// Version must equal go-app's Handler.Version. URLs whose query carries
	// v=<Version> are cached as immutable; nothing else is. Empty disables.
	Version string

	ReadHeaderTimeout time.Duration // default 5s: slowloris guard
	ReadTimeout       time.Duration // default 15s: requests have no bodies
	WriteTimeout      time.Duration // default 2m: app.wasm on a slow link
	IdleTimeout       time.Duration // default 2m
	ShutdownTimeout   time.Duration // default 15s for in-flight requests
}

// withDefaults fills the zero fields.
func (c Config) withDefaults() Config {
	set := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	if c.Addr == "" {
		c.Addr = ":8000"
	}
	if c.WebDir == "" {
		c.WebDir = "web"
	}
	set(&c.ReadHeaderTimeout, 5*time.Second)
	set(&c.ReadTimeout, 15*time.Second)
	set(&c.WriteTimeout, 2*time.Minute)
	set(&c.IdleTimeout, 2*time.Minute)
	set(&c.ShutdownTimeout, 15*time.Second)
	return c
}

// Option configures Handler.
type Option func(*options)

type options struct {
	pages     []string          // page routes, given to the pages handler
	embeds    []string          // pages that other sites may frame
	appFiles  []string          // go-app's in-memory files, given to the pages handler
	aliases   map[string]string // root path -> file name under WebDir
	accessLog io.Writer
	policy    Policy
}

func defaultOptions() options {
	return options{
		pages: []string{"/", "/zh/", "/methodology/", "/zh/methodology/",
			"/embed/", "/zh/embed/"},
		embeds: []string{"/embed/", "/zh/embed/"},
		// What go-app v10.1.11 serves from memory (http.go, initPWAResources).
		appFiles: []string{"/app.js", "/app-worker.js", "/manifest.webmanifest",
			"/wasm_exec.js", "/app.css"},
		// go-app would proxy these over HTTP to r.Host; served from disk instead.
		aliases: map[string]string{"/robots.txt": "robots.txt",
			"/sitemap.xml": "sitemap.xml", "/embed.js": "embed.js"},
		policy: Policy{StyleAttributes: true},
	}
}

// WithPages replaces the list of page routes (default: /, /zh/,
// /methodology/, /zh/methodology/, /embed/, /zh/embed/). Each is matched
// with and without its trailing slash; any other path outside /web/ and
// go-app's files is answered with the bilingual 404.
func WithPages(paths ...string) Option { return func(o *options) { o.pages = paths } }

// WithEmbedPages replaces the pages that may be framed by any site
// (frame-ancestors *, no X-Frame-Options); default /embed/ and /zh/embed/.
func WithEmbedPages(paths ...string) Option { return func(o *options) { o.embeds = paths } }

// WithAppFiles adds root paths that the pages handler serves itself, such as
// the path of a go-app Library's styles.
func WithAppFiles(paths ...string) Option {
	return func(o *options) { o.appFiles = append(o.appFiles, paths...) }
}

// WithAlias serves the file name (relative to WebDir) at the root path, e.g.
// WithAlias("/ads.txt", "ads.txt"). robots.txt, sitemap.xml and embed.js are
// aliased by default.
func WithAlias(path, file string) Option {
	return func(o *options) { o.aliases[path] = file }
}

// WithAccessLog writes one line per request to w. Without it, nothing is logged.
func WithAccessLog(w io.Writer) Option { return func(o *options) { o.accessLog = w } }

// WithPolicy sets the base Content-Security-Policy. Handler adds the hashes
// of inline scripts it finds in the pages at startup, and frame-ancestors.
func WithPolicy(p Policy) Option { return func(o *options) { o.policy = p } }
