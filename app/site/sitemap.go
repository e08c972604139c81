package site

import (
	"flag"
	"fmt"
	"path"
	"path/filepath"
	"strings"

	"wattledger/app/ui"
)

// writeSiteFilesCommand writes sitemap.xml and robots.txt for the Go server, which
// serves them from web/.
func writeSiteFilesCommand(args []string) error {
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
	for _, r := range ui.Routes {
		if r.Kind == ui.KindEmbed {
			continue
		}
		other := r.Counterpart()
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
