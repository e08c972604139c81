package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/content"
)

// go-app does not hydrate: when the WebAssembly starts, it builds the whole
// page again and swaps it in for the server's. For a large part that only
// depends on the language and the data, such as the explainer (its
// calculations, then some 900 DOM calls from the wasm), that is wasted
// work on every load: the server's copy is already right. main keeps such
// elements aside before go-app replaces them, and their components put
// them back (articleView) or take their content (selectField's options).

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

// prerenderKey says what a reusable element was rendered for: its language
// and the data version (a page cached by an older build must not lend its
// figures to a newer wasm).
func prerenderKey(l content.Lang) string {
	return string(l) + " " + content.DataVersion
}
