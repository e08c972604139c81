package server

import "strings"

// Policy is the input of Watt Ledger's Content-Security-Policy.
//
// go-app v10.1.11's page template (http.go, servePage) emits no inline script:
// only <script defer src="/wasm_exec.js"> and <script defer src="/app.js">,
// and app.js starts the wasm with WebAssembly.instantiateStreaming, which
// needs 'wasm-unsafe-eval' and nothing looser. Inline scripts could only come
// from Handler.RawHeaders or Raw(); their hashes go in ScriptHashes, which
// Handler fills at startup by scanning the rendered pages.
type Policy struct {
	// ScriptHashes are "sha256-<base64>" sources for inline scripts.
	ScriptHashes []string
	// StyleAttributes allows style="" attributes (style-src-attr
	// 'unsafe-inline') while style-src stays 'self', so a <style> element
	// in the page is refused. Watt Ledger needs the attributes: the chart
	// SVGs are inlined in the page and gonum's SVG writer puts every style
	// in one, as does go-app's Style(). Browsers without style-src-attr
	// (before Chrome 75, Firefox 108, Safari 15.4) fall back to style-src
	// and drop the attributes: the charts lose their fonts, nothing more.
	StyleAttributes bool
	// Embed allows any site to frame the page (frame-ancestors *).
	Embed bool
	// Meta drops frame-ancestors, for a <meta http-equiv> in the static
	// export: browsers ignore frame-ancestors (and report it) in a meta
	// policy, so a static host cannot stop framing that way.
	Meta bool
}

// String returns the policy as a header value.
func (p Policy) String() string {
	script := "script-src 'self' 'wasm-unsafe-eval'"
	for _, h := range p.ScriptHashes {
		script += " '" + strings.Trim(h, "'") + "'"
	}
	d := []string{"default-src 'self'", script, "style-src 'self'"}
	if p.StyleAttributes {
		d = append(d, "style-src-attr 'unsafe-inline'")
	}
	d = append(d,
		"img-src 'self' data: blob:", "font-src 'self'", "connect-src 'self'",
		"worker-src 'self' blob:", "manifest-src 'self'", "base-uri 'self'",
		"form-action 'self'", "object-src 'none'",
	)
	switch {
	case p.Meta:
	case p.Embed:
		d = append(d, "frame-ancestors *")
	default:
		d = append(d, "frame-ancestors 'none'")
	}
	return strings.Join(d, "; ")
}
