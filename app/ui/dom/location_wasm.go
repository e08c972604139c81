package dom

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// URL is the address bar's URL. Pages read it in OnInit, before their
// first render: go-app dispatches OnNav and OnMount only after it, and a
// page built first without its route would be built a second time, in
// full, once they ran.
func URL() *url.URL { return app.Window().URL() }

// FirstLoad reports whether path is the page the browser loaded, whose
// head the server wrote, and forgets it: only a later navigation, to
// another page, needs the head rewritten.
func FirstLoad(path string) bool {
	if path != page.loadedPath {
		return false
	}
	page.loadedPath = ""
	return true
}

// ReplaceQuery puts the inputs in the address bar without a history entry
// per keystroke, so a copied URL is always a share link of what is shown.
func ReplaceQuery(query string) {
	loc := app.Window().Get("location")
	u := loc.Get("pathname").String()
	if query != "" {
		u += "?" + query
	}
	u += loc.Get("hash").String()
	app.Window().Get("history").Call("replaceState", nil, "", u)
}

// Origin is the page's scheme://host.
func Origin() string { return app.Window().Get("location").Get("origin").String() }

// PreferredLanguage is the visitor's first preferred language.
func PreferredLanguage() string {
	nav := app.Window().Get("navigator")
	langs := nav.Get("languages")
	if langs.Truthy() && langs.Length() > 0 {
		return langs.Index(0).String()
	}
	return nav.Get("language").String()
}

// WorkerControlled reports whether a service worker served the page:
// guard.js records it at page start (window.wattControlled).
func WorkerControlled() bool { return app.Window().Get("wattControlled").Truthy() }

// StoredItem reads key from localStorage, for a decision made before a
// component has a context (go-app's ctx.LocalStorage); ok is false where
// nothing is stored or storage is refused (a private window).
func StoredItem(key string) (value string, ok bool) {
	defer func() {
		if recover() != nil {
			value, ok = "", false
		}
	}()
	item := app.Window().Get("localStorage").Call("getItem", key)
	if !item.Truthy() {
		return "", false
	}
	return item.String(), true
}
