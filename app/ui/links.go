package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// RootPrefix is the path the site is served under: "" at a domain's root,
// "/watt-ledger" on a GitHub Pages project site. go-app sets it from the
// handler's resource resolver, on the server and in the browser alike.
func RootPrefix() string { return strings.TrimRight(app.Getenv("GOAPP_ROOT_PREFIX"), "/") }

// SitePath strips the root prefix from a URL path.
func SitePath(path string) string {
	p := strings.TrimPrefix(path, RootPrefix())
	if p == "" {
		return "/"
	}
	return p
}

// href builds a link to a site path with an already encoded query. Nothing
// from a URL reaches it except a query re-encoded from parsed inputs.
func href(path, query string) string {
	u := RootPrefix() + path
	if query != "" {
		u += "?" + query
	}
	return u
}
