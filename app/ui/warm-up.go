package ui

import (
	"net/url"

	"wattledger/app/ui/dom"
	"wattledger/calc"
)

// warmUpEdit is the change the warm-up makes to the link's inputs: a
// new accelerator count, the calculator's first field, as a visitor's
// first input would be, so that parsing and editing run too.
var warmUpEdit = map[string]string{string(calc.FieldAccelerators): "1000"}

// WarmUp runs, without a page, what the first input on link (a site path
// with its query, untrusted) runs before go-app builds the page
// (earlyResult, as PaintEarlyInputs does): the package initialisers, an
// edited estimate and the result card's text, which it returns. Go's main
// runs it in web/boot.js's worker, whose instance shares the module's
// compiled code with the page's: V8 compiles a WebAssembly function on
// the thread of its first call, and compiling there takes most of Go's
// start off the page's main thread: on a 4× slower CPU, a first input
// typed after reading for a while shows its number in about 200 ms
// instead of 500 (BENCH.md). On a page without an early card it warms the
// English calculator's.
func WarmUp(link string) dom.Result {
	u, err := url.Parse(link)
	if err != nil {
		u = &url.URL{}
	}
	if v, ok := earlyResult(u.Path, u.Query(), warmUpEdit); ok {
		return v
	}
	v, _ := earlyResult("/", nil, warmUpEdit)
	return v
}
