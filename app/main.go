package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

func main() {
	registerRoutes()
	// In the browser this starts the app and never returns; on the host it
	// returns at once and the server (or the static export) runs.
	app.RunWhenOnBrowser()
	runHost()
}
