//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/server"
)

// runExport writes the static site: one index.html per page (so /zh/ works
// on any static host, unlike go-app's zh.html files), go-app's generated
// files, web/ copied whole, a sitemap and robots.txt. With -base the site
// works under a sub-path, such as a GitHub Pages project site.
func runExport(args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	out := fs.String("out", "dist", "output directory")
	base := fs.String("base", "", "sub-path the site is served under, e.g. /watt-ledger")
	web := fs.String("web", "web", "web directory to copy")
	site := fs.String("site", siteURL(), "public origin, for canonical links and the sitemap")
	if err := fs.Parse(args); err != nil {
		return err
	}
	prefix := "/" + strings.Trim(*base, "/")
	if prefix == "/" {
		prefix = ""
	}
	version, err := buildVersion(*web)
	if err != nil {
		return err
	}
	var resources app.ResourceResolver = app.LocalDir("")
	if prefix != "" {
		resources = app.PrefixedLocation(prefix)
	}
	h := newHandler(version, resources)
	h.WasmContentLength = wasmLength(*web)
	h.Domain = siteDomain(*site)
	canonicalBase = *site
	srv := httptest.NewServer(withPageHead(withManifest(withAppJS(h)), *site))
	defer srv.Close()

	if err := os.RemoveAll(*out); err != nil {
		return err
	}
	for _, r := range pageRoutes {
		// go-app routes without the prefix; its resolver adds the prefix to
		// every link and resource in the pages.
		file := filepath.Join(*out, filepath.FromSlash(r.Path), "index.html")
		if err := fetchTo(srv.URL+r.Path, file); err != nil {
			return err
		}
		if err := addPolicyMeta(file); err != nil {
			return err
		}
	}
	if err := writeHeadersFile(*out, prefix); err != nil {
		return err
	}
	for _, f := range []string{"/app.js", "/app-worker.js", "/manifest.webmanifest", "/wasm_exec.js", "/app.css"} {
		if err := fetchTo(srv.URL+f, filepath.Join(*out, filepath.FromSlash(f))); err != nil {
			return err
		}
	}
	if err := copyDir(*web, filepath.Join(*out, "web")); err != nil {
		return err
	}
	// embed.js is served at the root so embed snippets stay short.
	if err := copyFile(filepath.Join(*web, "embed.js"), filepath.Join(*out, "embed.js")); err != nil {
		return err
	}
	return writeSiteFiles(*out, *site+prefix)
}

// addPolicyMeta puts the server's Content-Security-Policy in a page as a
// <meta http-equiv>, first in <head>, for static hosts that send no
// headers. A meta policy cannot carry frame-ancestors (browsers ignore it
// there), and X-Content-Type-Options has no meta form at all: hosts that
// can set headers should send those of _headers (writeHeadersFile).
func addPolicyMeta(file string) error {
	page, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	p := server.Policy{Meta: true, StyleAttributes: true, ScriptHashes: server.InlineScriptHashes(page)}
	meta := `<meta http-equiv="Content-Security-Policy" content="` + html.EscapeString(p.String()) + `">`
	return writeFileAtomic(file, injectHead(page, meta))
}

// writeHeadersFile writes _headers, the format of Netlify and Cloudflare
// Pages, with the Go server's security headers. Pages are listed one by
// one, not as /*, because both hosts merge the headers of every matching
// rule and the embed pages need another policy (frame-ancestors *).
func writeHeadersFile(dir, prefix string) error {
	var b strings.Builder
	b.WriteString("# Security headers for static hosts that read this file (Netlify, Cloudflare Pages).\n")
	b.WriteString("# Other hosts (GitHub Pages, S3, a CDN) should be configured to send the same:\n")
	b.WriteString("# the pages carry their Content-Security-Policy as a <meta http-equiv>, but a meta\n")
	b.WriteString("# policy cannot set frame-ancestors, and X-Content-Type-Options cannot be set in meta.\n")
	b.WriteString(prefix + "/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n")
	for _, r := range pageRoutes {
		embed := r.Kind == kindEmbed
		policy := server.Policy{StyleAttributes: true, Embed: embed}.String()
		for _, p := range []string{prefix + r.Path, prefix + r.Path + "index.html"} {
			b.WriteString(p + "\n  Content-Security-Policy: " + policy + "\n")
			if !embed {
				b.WriteString("  X-Frame-Options: DENY\n")
			}
		}
	}
	return writeFileAtomic(filepath.Join(dir, "_headers"), []byte(b.String()))
}

// fetchTo saves one URL of the in-process server to a file.
func fetchTo(url, file string) error {
	res, err := http.Get(url)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("export: %s: %s", url, res.Status)
	}
	return writeAtomic(file, func(w io.Writer) error {
		_, err := io.Copy(w, res.Body)
		return err
	})
}

// copyDir copies the files under src that the server would serve
// (walkServed) to dst.
func copyDir(src, dst string) error {
	return walkServed(src, func(p string) error {
		rel, _ := filepath.Rel(src, p)
		return copyFile(p, filepath.Join(dst, rel))
	})
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	return writeAtomic(dst, func(w io.Writer) error {
		_, err := io.Copy(w, in)
		return err
	})
}

// runSiteFiles writes sitemap.xml and robots.txt for the Go server, which
// serves them from web/.
func runSiteFiles(args []string) error {
	fs := flag.NewFlagSet("site-files", flag.ContinueOnError)
	out := fs.String("out", "web", "output directory")
	site := fs.String("site", siteURL(), "public origin")
	if err := fs.Parse(args); err != nil {
		return err
	}
	return writeSiteFiles(*out, strings.TrimRight(*site, "/"))
}

// writeSiteFiles writes sitemap.xml (every page, with its other-language
// alternate) and robots.txt pointing at it.
func writeSiteFiles(dir, origin string) error {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	b.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">` + "\n")
	for _, r := range pageRoutes {
		if r.Kind == kindEmbed {
			continue
		}
		other := r.counterpart()
		fmt.Fprintf(&b, "  <url><loc>%s</loc>", origin+r.Path)
		fmt.Fprintf(&b, `<xhtml:link rel="alternate" hreflang="%s" href="%s"/>`, r.Lang, origin+r.Path)
		fmt.Fprintf(&b, `<xhtml:link rel="alternate" hreflang="%s" href="%s"/>`, other.Lang, origin+other.Path)
		b.WriteString("</url>\n")
	}
	b.WriteString("</urlset>\n")
	if err := writeFileAtomic(filepath.Join(dir, "sitemap.xml"), []byte(b.String())); err != nil {
		return err
	}
	robots := "User-agent: *\nAllow: /\nDisallow: " + path.Join(strings.TrimPrefix(origin, siteOrigin(origin)), "/embed/") + "\nSitemap: " + origin + "/sitemap.xml\n"
	return writeFileAtomic(filepath.Join(dir, "robots.txt"), []byte(robots))
}

// siteOrigin returns scheme://host of a URL.
func siteOrigin(u string) string {
	i := strings.Index(u, "://")
	if i < 0 {
		return ""
	}
	if j := strings.Index(u[i+3:], "/"); j >= 0 {
		return u[:i+3+j]
	}
	return u
}
