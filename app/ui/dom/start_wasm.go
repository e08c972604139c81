package dom

import (
	"runtime/debug"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Start prepares the page before go-app's first render replaces it: it
// marks the start of Go's main for the bench, turns the garbage collector
// off until the page is ready, records the loaded path (FirstLoad) and
// keeps aside the server's elements with these ids (Take). The browser's
// main calls it; the host has no counterpart.
func Start(keep ...string) {
	// The bench splits a cold load at this mark: compile and package init
	// before it, routing and the first render after.
	app.Window().Get("performance").Call("mark", "go-main")
	// Most of what start-up allocates (tables, catalogues, the first page)
	// lives as long as the page, so collecting in between is wasted work
	// on the path to the first result. setReady turns it back on.
	debug.SetGCPercent(-1)
	page.loadedPath = app.Window().URL().Path
	page.kept = make(map[string]app.Value, len(keep))
	for _, id := range keep {
		if el := app.Window().GetElementByID(id); el.Truthy() {
			page.kept[id] = el
		}
	}
}
