package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/ui"
	"wattledger/app/ui/dom"
)

// main runs the app in the visitor's browser. It keeps the server's
// elements that the components may reuse before go-app's first render
// replaces the page, shows at once what the visitor typed before Go ran,
// then starts go-app, which never returns.
func main() {
	dom.Start(ui.ServerCopyIDs()...)
	ui.PaintEarlyInputs()
	ui.Register(ui.Site{})
	app.RunWhenOnBrowser()
}
