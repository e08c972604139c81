package site

import (
	"flag"
	"fmt"
	"html"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/server"
	"wattledger/app/ui"
)

// exportStatic writes the static site: one index.html per page (so /zh/ works
// on any static host, unlike go-app's zh.html files), go-app's generated
// files, web/ copied whole, a sitemap and robots.txt. With -base the site
// works under a sub-path, such as a GitHub Pages project site.
func exportStatic(args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	out := fs.String("out", "dist", "output directory")
	base := fs.String("base", "", "sub-path the site is served under, e.g. /watt-ledger")
	web := fs.String("web", "web", "web directory to copy")
	origin := fs.String("site", siteURL(), "public origin, for canonical links and the sitemap")
	if err := fs.Parse(args); err != nil {
		return err
	}
	prefix := "/" + strings.Trim(*base, "/")
	if prefix == "/" {
		prefix = ""
	}
	var resources app.ResourceResolver = app.LocalDir("")
	if prefix != "" {
		resources = app.PrefixedLocation(prefix)
	}
	s, err := newSite(*web, *origin, resources)
	if err != nil {
		return err
	}

	if err := os.RemoveAll(*out); err != nil {
		return err
	}
	var hashes []string
	for _, r := range ui.Routes {
		// go-app routes without the prefix; its resolver adds the prefix to
		// every link and resource in the pages.
		file := filepath.Join(*out, filepath.FromSlash(r.Path), "index.html")
		if err := saveTo(s.pages, r.Path, file); err != nil {
			return err
		}
		h, err := addPolicyMeta(file)
		if err != nil {
			return err
		}
		hashes = append(hashes, h...)
	}
	slices.Sort(hashes)
	if err := writeHeadersFile(*out, prefix, slices.Compact(hashes)); err != nil {
		return err
	}
	for _, f := range []string{"/app.js", "/app-worker.js", "/manifest.webmanifest", "/wasm_exec.js", "/app.css"} {
		if err := saveTo(s.pages, f, filepath.Join(*out, filepath.FromSlash(f))); err != nil {
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
	return writeSiteFiles(*out, *origin+prefix)
}

// addPolicyMeta puts the server's Content-Security-Policy in a page as a
// <meta http-equiv>, first in <head>, for static hosts that send no
// headers. A meta policy cannot carry frame-ancestors (browsers ignore it
// there), and X-Content-Type-Options has no meta form at all: hosts that
// can set headers should send those of _headers (writeHeadersFile).
// It returns the hashes of the page's inline scripts.
func addPolicyMeta(file string) ([]string, error) {
	page, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	hashes := server.InlineScriptHashes(page)
	p := server.Policy{Meta: true, StyleAttributes: true, ScriptHashes: hashes}
	meta := `<meta http-equiv="Content-Security-Policy" content="` + html.EscapeString(p.String()) + `">`
	return hashes, writeFileAtomic(file, injectHead(page, meta))
}

// writeHeadersFile writes _headers, the format of Netlify and Cloudflare
// Pages, with the Go server's security headers. Pages are listed one by
// one, not as /*, because both hosts merge the headers of every matching
// rule and the embed pages need another policy (frame-ancestors *).
// The policy allows the pages' inline scripts by their hashes: a browser
// applies the header's policy and the page's meta policy both, so the
// header's must allow the boot script too.
func writeHeadersFile(dir, prefix string, scriptHashes []string) error {
	var b strings.Builder
	b.WriteString("# Security headers for static hosts that read this file (Netlify, Cloudflare Pages).\n")
	b.WriteString("# Other hosts (GitHub Pages, S3, a CDN) should be configured to send the same:\n")
	b.WriteString("# the pages carry their Content-Security-Policy as a <meta http-equiv>, but a meta\n")
	b.WriteString("# policy cannot set frame-ancestors, and X-Content-Type-Options cannot be set in meta.\n")
	b.WriteString(prefix + "/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n")
	for _, r := range ui.Routes {
		embed := r.Kind == ui.KindEmbed
		policy := server.Policy{StyleAttributes: true, Embed: embed, ScriptHashes: scriptHashes}.String()
		for _, p := range []string{prefix + r.Path, prefix + r.Path + "index.html"} {
			b.WriteString(p + "\n  Content-Security-Policy: " + policy + "\n")
			if !embed {
				b.WriteString("  X-Frame-Options: DENY\n")
			}
		}
	}
	return writeFileAtomic(filepath.Join(dir, "_headers"), []byte(b.String()))
}

// saveTo saves the pages handler's answer for path to a file.
func saveTo(pages http.Handler, path, file string) error {
	rec := get(pages, path)
	if rec.code != http.StatusOK {
		return fmt.Errorf("export: %s: %d %s", path, rec.code, http.StatusText(rec.code))
	}
	return writeFileAtomic(file, rec.body.Bytes())
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
