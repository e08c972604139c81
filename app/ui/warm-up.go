package ui

import (
	"net/url"

	"wattledger/app/estimate"
	"wattledger/app/ui/dom"
	"wattledger/calc"
)

// warmUpEdit is the change the warm-up makes to the link's inputs: a
// new accelerator count, the calculator's first field, as a visitor's
// first input would be, so that parsing and editing run too.
var warmUpEdit = map[string]string{string(calc.FieldAccelerators): "1000"}

// WarmUp runs, without a page, what the first input on link (a site path
// with its query, untrusted) runs before go-app builds the page: the
// package initialisers, an edited estimate and the result card's text,
// which it returns. Go's main runs it in web/boot.js's worker, whose
// instance shares the module's compiled code with the page's: V8 compiles
// a WebAssembly function on the thread of its first call, and compiling
// there takes most of Go's start off the page's main thread: on a 4×
// slower CPU, a first input typed after reading for a while shows its
// number in about 200 ms instead of 500 (BENCH.md). A link that names no
// page of the calculator warms the English calculator's path.
func WarmUp(link string) dom.Result {
	route := Route{Kind: KindCalculator, Lang: "en"}
	var q url.Values
	if u, err := url.Parse(link); err == nil {
		if r, ok := RouteFor(SitePath(u.Path)); ok && r.Kind == KindEmbed {
			route = r
		} else if ok {
			route.Lang = r.Lang
		}
		q = u.Query()
	}
	o, err := estimate.Estimate(estimate.FromQuery(q).EditAll(warmUpEdit))
	return newResultView(route.Lang, route.Kind == KindEmbed, o, err == nil)
}
