package dom

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/content"
)

// go-app does not hydrate: when the WebAssembly starts, it builds the whole
// page again and swaps it in for the server's. On a first visit that is
// most of the wait for the first result: each element costs calls from the
// wasm into JavaScript, and each new code path a lazy compilation on the
// main thread. Where the server's copy of an element is already right
// (same language, data, build and inputs, the data-prerender key), Start
// keeps it aside before go-app replaces the page, and its component puts
// it back (a ServerCopy) or takes its content (Take: the drop-downs'
// options). A component with buttons shows the server's copy only until
// the page is ready (ServerCopy.PlaceUntilReady).
//
// Such a component's Render is ServerCopy.Or with its own method, which
// builds its elements. V8 compiles a function on its first call, all of
// it, and a function that builds many elements is a large one: apart, own
// is compiled only when the component needs its own elements.

// On the host Take finds nothing and a ServerCopy holds nothing
// (server-copy_other.go): the server renders every component's own
// elements, and those are the copies the browser reuses.

// CopyHost is the element a component renders while it shows the
// server's copy; CSS gives it display: contents, so the copy lays out as
// if it were the component's own element.
func CopyHost() app.UI { return app.Div().Class("server-copy") }

// PrerenderKey says what a reusable element was rendered for: its
// language, the data version and the build (a page cached by an older
// build must not lend its figures or its text to a newer wasm). The
// element carries it as data-prerender; Take returns the server's copy
// only under the same key.
func PrerenderKey(l content.Lang) string {
	return string(l) + " " + content.DataVersion + " " + app.Getenv("GOAPP_VERSION")
}
