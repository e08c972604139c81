package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/content"
)

// go-app does not hydrate: when the WebAssembly starts, it builds the whole
// page again and swaps it in for the server's. On a first visit that is
// most of the wait for the first result: each element costs calls from the
// wasm into JavaScript, and each new code path a lazy compilation on the
// main thread. Where the server's copy of an element is already right
// (same language, data, build and inputs, the data-prerender key), main
// keeps it aside before go-app replaces the page, and its component puts
// it back (articleView, serverCopy) or takes its content (selectField's
// options). A component with buttons shows the server's copy only until
// the page is ready (serverCopy.placeUntilReady).
//
// Such a component's Render is serverCopy.or with its own method, which
// builds its elements. V8 compiles a function on its first call, all of
// it, and a function that builds many elements is a large one: apart, own
// is compiled only when the component needs its own elements.

// prerendered are the server's elements kept for reuse, by id.
var prerendered = map[string]app.Value{}

// keepPrerendered saves the elements with these ids, in the browser, before
// go-app's first render replaces the page.
func keepPrerendered(ids ...string) {
	if !app.IsClient {
		return
	}
	for _, id := range ids {
		if el := app.Window().GetElementByID(id); el.Truthy() {
			prerendered[id] = el
		}
	}
}

// takePrerendered returns the kept element with id if it was rendered for
// key (its data-prerender attribute), and forgets it: an element can be
// placed once.
func takePrerendered(id, key string) (app.Value, bool) {
	el, ok := prerendered[id]
	if !ok {
		return nil, false
	}
	delete(prerendered, id)
	if el.Call("getAttribute", "data-prerender").String() != key {
		return nil, false
	}
	return el, true
}

// prerenderKey says what a reusable element was rendered for: its
// language, the data version and the build (a page cached by an older
// build must not lend its figures or its text to a newer wasm).
func prerenderKey(l content.Lang) string {
	return string(l) + " " + content.DataVersion + " " + app.Getenv("GOAPP_VERSION")
}

// serverCopy is a component's hold on the server's copy of its element,
// kept while the component shows what the server rendered it for. The
// server's elements have no event handlers: components with handlers use
// placeUntilReady. (Links need none: go-app follows them from a click
// handler on the window.)
type serverCopy struct {
	el  app.Value
	key string
	// pending is true from take until the copy is in the page or dropped.
	pending bool
}

// pendingCopies counts the copies taken and not yet in the page: the page
// is not ready while the result may be in one of them (markReady).
var pendingCopies int

// take keeps the server's element with id if it was rendered for key; call
// it from OnInit, before the first render.
func (s *serverCopy) take(id, key string) {
	if el, ok := takePrerendered(id, key); ok {
		s.el, s.key, s.pending = el, key, true
		pendingCopies++
	}
}

// settle records that the copy is in the page, or will not be.
func (s *serverCopy) settle() {
	if !s.pending {
		return
	}
	s.pending = false
	pendingCopies--
	if pendingCopies == 0 {
		copiesPlaced()
	}
}

// or is what the component renders: the host of the copy while it holds
// one (OnUpdate has dropped a copy that no longer stands for its inputs),
// the component's own elements otherwise.
func (s *serverCopy) or(own func() app.UI) app.UI {
	if s.el != nil {
		return serverCopyHost()
	}
	return own()
}

// holds reports whether the copy stands for key.
func (s *serverCopy) holds(key string) bool { return s.el != nil && s.key == key }

// placeIn puts the copy into the component's host element (OnMount). With
// no host (the component rendered something else), the copy is dropped.
func (s *serverCopy) placeIn(host app.Value) {
	if s.el == nil {
		return
	}
	if host.Truthy() {
		host.Call("appendChild", s.el)
	} else {
		s.el = nil
	}
	s.settle()
}

// placeUntilReady puts the copy into the component's host element
// (OnMount) and hands the element back to the component once the page is
// ready: for components with buttons, which the server's copy has without
// their handlers. They were inert from the first paint anyway, until the
// WebAssembly had started; this keeps them so for one more turn of the
// event loop, and the first result does not wait for them.
func (s *serverCopy) placeUntilReady(ctx app.Context, host app.Value) {
	if s.el == nil {
		return
	}
	s.placeIn(host)
	afterReady(func() { ctx.Dispatch(func(app.Context) { s.drop() }) })
}

// dropUnless removes the copy once the component shows anything else
// (OnUpdate); the component's Render then builds its own.
func (s *serverCopy) dropUnless(key string) {
	if s.el != nil && s.key != key {
		s.drop()
	}
}

// drop removes the copy.
func (s *serverCopy) drop() {
	if s.el != nil {
		s.el.Call("remove")
		s.el = nil
	}
	s.settle()
}

// serverCopyHost is the element a component renders while it shows the
// server's copy; CSS gives it display: contents, so the copy lays out as
// if it were the component's own element.
func serverCopyHost() app.UI { return app.Div().Class("server-copy") }

// resultsKey says what a results section was rendered for: the language,
// the data version, the inputs' query string and the link's data version
// (dv, which can make the page show an error instead of results). A page
// the service worker cached for other inputs must not lend its results.
// The "?" keeps the key's end when the query is empty: go-app trims
// attribute values.
func resultsKey(l content.Lang, query, dv string) string {
	return prerenderKey(l) + " ?" + query + " dv=" + dv
}
