package dom

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// SaveBlob offers b as a download named filename.
func SaveBlob(filename, mime string, b []byte) {
	arr := app.Window().Get("Uint8Array").New(len(b))
	app.CopyBytesToJS(arr, b)
	parts := app.Window().Get("Array").New(arr)
	opts := app.Window().Get("Object").New()
	opts.Set("type", mime)
	blob := app.Window().Get("Blob").New(parts, opts)
	url := app.Window().Get("URL").Call("createObjectURL", blob)
	doc := app.Window().Get("document")
	a := doc.Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", filename)
	doc.Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	app.Window().Get("URL").Call("revokeObjectURL", url)
}

// SaveChartPNG has the browser rasterise the chart at 2× and save it
// (web/chart-png.js, fetched on the first click: the wasm carries no PNG
// encoder).
func SaveChartPNG(ctx app.Context, svg, filename string) {
	if svg == "" {
		return
	}
	win := app.Window()
	font := ctx.ResolveStaticResource("/web/fonts/noto-sans-sc-subset.woff2")
	if save := win.Get("wattSaveChartPNG"); save.Truthy() {
		save.Invoke(svg, font, filename)
		return
	}
	doc := win.Get("document")
	script := doc.Call("createElement", "script")
	// One callback for load and error: offline before the script was
	// cached, the button does nothing rather than fail noisily.
	var done app.Func
	done = app.FuncOf(func(app.Value, []app.Value) any {
		done.Release()
		if save := win.Get("wattSaveChartPNG"); save.Truthy() {
			save.Invoke(svg, font, filename)
		}
		return nil
	})
	script.Set("onload", done)
	script.Set("onerror", done)
	script.Set("src", ctx.ResolveStaticResource("/web/chart-png.js"))
	doc.Get("head").Call("appendChild", script)
}
