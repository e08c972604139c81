package main

import (
	"os"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/ui"
	"wattledger/app/ui/dom"
)

// main runs the app in the visitor's browser. It keeps the server's
// elements that the components may reuse before go-app's first render
// replaces the page, shows at once what the visitor typed before Go ran,
// then starts go-app, which never returns. In web/boot.js's worker, whose
// arguments are "-warm-up" and the page's link, it only warms the
// module's code for the page (warmUp) and returns.
func main() {
	if len(os.Args) == 3 && os.Args[1] == "-warm-up" {
		warmUp(os.Args[2])
		return
	}
	dom.Start(ui.ServerCopyIDs()...)
	ui.PaintEarlyInputs()
	ui.Register(ui.Site{})
	app.RunWhenOnBrowser()
}

// warmUp runs the first input's path as main does on the page, up to the
// painting of the card (ui.WarmUp), in boot.js's worker, whose stand-in
// document has no elements: nothing is found or painted there, but V8
// compiles a whole function at its first call, so the page's instance
// finds these compiled too.
func warmUp(link string) {
	dom.Start(ui.ServerCopyIDs()...)
	dom.EarlyInputs()
	dom.PaintResult(ui.WarmUp(link))
}
