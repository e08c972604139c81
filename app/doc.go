// Command app is Watt Ledger: built for the browser (GOOS=js GOARCH=wasm)
// it is the WebAssembly that runs the energy model in the visitor's page;
// built for the host it is the server that prerenders every page, and the
// static exporter.
//
// The two entry points say which side they run on: main_wasm.go starts
// go-app in the browser, main_other.go runs the host commands of package
// site. Everything else lives in packages (see ARCHITECTURE.md at the
// repository's root):
//
//	ui        every go-app component and the route table, both sides
//	ui/form   the calculator's inputs, both sides
//	ui/dom    what touches the page directly, in _wasm.go/_other.go pairs
//	site      host only: go-app's handler, page head, page cache, static
//	          export, sitemap, and every workaround of go-app's output
//	server    the hardened HTTP front, generic
//	estimate  untrusted input to model result; chart: SVG charts;
//	explainer the article's live numbers
package main
