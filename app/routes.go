package main

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/content"
)

// pageKind says which page component a route shows.
type pageKind string

const (
	kindCalculator  pageKind = "calculator"
	kindMethodology pageKind = "methodology"
	kindEmbed       pageKind = "embed"
)

// pageRoute is one page in one language.
type pageRoute struct {
	Path string // with trailing slash: "/zh/methodology/"
	Lang content.Lang
	Kind pageKind
}

// pageRoutes is every page of the site, declared once: the router, the
// server's list of known paths, the static export, the service worker's
// precache and the sitemap all read it.
var pageRoutes = buildPageRoutes()

func buildPageRoutes() []pageRoute {
	var out []pageRoute
	for _, l := range content.Langs {
		for _, k := range []pageKind{kindCalculator, kindMethodology, kindEmbed} {
			p := l.PathPrefix() + "/"
			if k != kindCalculator {
				p += string(k) + "/"
			}
			out = append(out, pageRoute{Path: p, Lang: l, Kind: k})
		}
	}
	return out
}

// routeFor returns the page at path, with or without its trailing slash.
func routeFor(path string) (pageRoute, bool) {
	if !strings.HasSuffix(path, "/") {
		path += "/"
	}
	for _, r := range pageRoutes {
		if r.Path == path {
			return r, true
		}
	}
	return pageRoute{}, false
}

// counterpart returns the same page in the other language.
func (r pageRoute) counterpart() pageRoute {
	for _, o := range pageRoutes {
		if o.Kind == r.Kind && o.Lang != r.Lang {
			return o
		}
	}
	return r
}

// registerRoutes tells go-app which component each path shows. Paths
// without the trailing slash are routed too, so /zh and /zh/ both work.
func registerRoutes() {
	for _, r := range pageRoutes {
		factory := pageFactory(r.Kind)
		app.Route(r.Path, factory)
		if r.Path != "/" {
			app.Route(strings.TrimSuffix(r.Path, "/"), factory)
		}
	}
}

func pageFactory(k pageKind) func() app.Composer {
	switch k {
	case kindMethodology:
		return func() app.Composer { return newMethodologyPage() }
	case kindEmbed:
		return func() app.Composer { return newEmbedPage() }
	}
	return func() app.Composer { return newCalculatorPage() }
}

// langOf returns the language of a URL path.
func langOf(path string) content.Lang {
	if path == "/zh" || strings.HasPrefix(path, "/zh/") {
		return content.Chinese
	}
	return content.English
}
