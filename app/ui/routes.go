package ui

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/estimate"
	"wattledger/app/planner"
	"wattledger/app/ui/form"
	"wattledger/calc"
	"wattledger/content"
)

// Kind says which page component a route shows.
type Kind string

const (
	KindCalculator  Kind = "calculator"
	KindMethodology Kind = "methodology"
	KindEmbed       Kind = "embed"
	KindPower       Kind = "power"
)

// Route is one page in one language.
type Route struct {
	Path string // with trailing slash: "/zh/methodology/"
	Lang content.Lang
	Kind Kind
}

// Routes is every page of the site, declared once: the router, the
// server's list of known paths, the static export, the service worker's
// precache and the sitemap all read it.
var Routes = buildPageRoutes()

func buildPageRoutes() []Route {
	var out []Route
	for _, l := range content.Langs {
		for _, k := range []Kind{KindCalculator, KindPower, KindMethodology, KindEmbed} {
			p := l.PathPrefix() + "/"
			if k != KindCalculator {
				p += string(k) + "/"
			}
			out = append(out, Route{Path: p, Lang: l, Kind: k})
		}
	}
	return out
}

// RouteFor returns the page at path, with or without its trailing slash.
func RouteFor(path string) (Route, bool) {
	if !strings.HasSuffix(path, "/") {
		path += "/"
	}
	for _, r := range Routes {
		if r.Path == path {
			return r, true
		}
	}
	return Route{}, false
}

// Counterpart returns the same page in the other language.
func (r Route) Counterpart() Route {
	for _, o := range Routes {
		if o.Kind == r.Kind && o.Lang != r.Lang {
			return o
		}
	}
	return r
}

// Site is what the pages need to know about the deployment that go-app
// cannot tell them: the host entry point fills it in, the browser leaves
// it empty.
type Site struct {
	// Origin is the public origin the server or the static export serves,
	// for canonical links ("https://example.org"). It is empty in the
	// browser, where go-app does not use them. Given as a full URL, the
	// link keeps its path's trailing slash (go-app trims it from a bare
	// path).
	Origin string
}

// Register tells go-app which component each path shows. Paths without
// the trailing slash are routed too, so /zh and /zh/ both work.
func Register(site Site) {
	for _, r := range Routes {
		factory := pageFactory(r.Kind, site)
		app.Route(r.Path, factory)
		if r.Path != "/" {
			app.Route(strings.TrimSuffix(r.Path, "/"), factory)
		}
	}
}

func pageFactory(k Kind, site Site) func() app.Composer {
	switch k {
	case KindMethodology:
		return func() app.Composer { return newMethodologyPage(site) }
	case KindEmbed:
		return func() app.Composer { return newEmbedPage(site) }
	case KindPower:
		return func() app.Composer { return newPowerPage(site) }
	}
	return func() app.Composer { return newCalculatorPage(site) }
}

// ServerCopyIDs are the ids of the elements whose server copy the browser
// may reuse (dom.Start keeps them before go-app's first render).
func ServerCopyIDs() []string {
	return []string{"article", siteHeaderID, siteFooterID, resultCardID, resultToolsID, sourceListID, countryListID, chartsID,
		form.SelectID(calc.FieldPreset), form.SelectID(calc.FieldHardware), form.SelectID(calc.FieldRegion),
		form.SelectID(calc.FieldFacility), form.SelectID(calc.FieldGrid)}
}

// PageQuery re-encodes the inputs a page of kind k reads from q: the
// power planner's on /power/ and in a view=power embed, the calculator's
// elsewhere. Nothing from the URL reaches a link or the page's head as it
// came.
func PageQuery(k Kind, q url.Values) string {
	if k == KindPower || (k == KindEmbed && IsPowerEmbed(q)) {
		return planner.FromQuery(q).Encode()
	}
	return estimate.FromQuery(q).Encode()
}

// PaintAfterID is the id of the element that follows the answer of a
// page of kind k (the calculator's result card, the planner's headline),
// or "" when the page needs none. On one column the answer is shown above
// the form that precedes it in the page, and the server asks the browser
// not to paint before it has reached this element (app/site's headTags):
// a form painted first was pushed down when the answer arrived. Widgets
// put their answer first in the page and need none.
func PaintAfterID(k Kind) string {
	switch k {
	case KindPower:
		return powerSectionsID
	case KindCalculator:
		return resultToolsID
	}
	return ""
}

// IsPowerEmbed reports whether an embed's query asks for the power
// planner's results (view=power) rather than the calculator's.
func IsPowerEmbed(q url.Values) bool { return q.Get("view") == embedViewPower }

// langOf returns the language of a URL path.
func langOf(path string) content.Lang {
	if path == "/zh" || strings.HasPrefix(path, "/zh/") {
		return content.Chinese
	}
	return content.English
}
