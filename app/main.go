package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/calc"
)

func main() {
	if app.IsClient {
		// The bench splits a cold load at this mark: compile and package
		// init before it, routing and the first render after.
		app.Window().Get("performance").Call("mark", "go-main")
		pauseGCUntilReady()
		loadedPath = app.Window().URL().Path
	}
	keepPrerendered("article", siteHeaderID, siteFooterID, resultCardID, resultToolsID, sourceListID, countryListID, chartsID,
		selectID(calc.FieldPreset), selectID(calc.FieldHardware), selectID(calc.FieldRegion))
	registerRoutes()
	// In the browser this starts the app and never returns; on the host it
	// returns at once and the server (or the static export) runs.
	app.RunWhenOnBrowser()
	runHost()
}
