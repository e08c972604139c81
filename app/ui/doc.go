// Package ui is every go-app component of Watt Ledger and the route table:
// the pages (page-*.go), the layout around them (site-header, site-footer),
// the calculator and its results, charts and article. One component per
// file, kebab-case names.
//
// It is built for both targets: the host prerenders each page with it
// (OnPreRender), the browser runs it as WebAssembly (OnInit, OnMount,
// OnNav). It must not import net/http or anything host-only (package
// site); what touches the page directly is in package dom, in pairs of
// files that say which side they are built for. routes.go declares every
// page once, and the router, the server's known paths, the static export
// and the sitemap all read that table.
package ui
