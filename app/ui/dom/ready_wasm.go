package dom

import (
	"runtime/debug"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// MarkReady sets the DOM contract's <html data-app="ready"> once the
// WebAssembly has computed (an invalid input shows #input-error instead of
// results, and the page is still ready), and clears the guard's pending
// state. Callers run it as a ctx.Defer, after go-app's update. go-app runs
// the components' OnMount as dispatches and may run a Defer between two
// of them, and some OnMount put the server's copy of their element, the
// result card's among them, into the page (ServerCopy): while copies are
// pending, the page becomes ready when the last is placed, or at the
// latest on the next turn of the event loop.
func MarkReady() {
	if page.pendingCopies > 0 {
		page.readyWaits = true
		AfterTimeout(0, setReady)
		return
	}
	setReady()
}

// copiesPlaced runs when the last pending server copy is in the page.
func copiesPlaced() {
	if page.readyWaits {
		setReady()
	}
}

// Pending reports whether web/guard.js has hidden the prerendered numbers
// as not the link's (<html class="pending">), until the page is ready.
func Pending() bool {
	root := app.Window().Get("document").Get("documentElement")
	return root.Get("classList").Call("contains", "pending").Bool()
}

func setReady() {
	page.readyWaits = false
	page.resumeGC.Do(func() { debug.SetGCPercent(100) })
	root := app.Window().Get("document").Get("documentElement")
	root.Get("classList").Call("remove", "pending")
	if page.ready {
		return
	}
	page.ready = true
	root.Call("setAttribute", "data-app", "ready")
	// For traces of a load (tools/wasmprof), beside Start's go-main.
	app.Window().Get("performance").Call("mark", "app-ready")
	for _, f := range page.whenReady {
		AfterTimeout(0, f)
	}
	page.whenReady = nil
}

// AfterReady runs f once the page is ready, from a later turn of the
// browser's event loop, so that work which can wait does not delay the
// first result (and a keystroke in between is handled first).
func AfterReady(f func()) {
	if page.ready {
		AfterTimeout(0, f)
		return
	}
	page.whenReady = append(page.whenReady, f)
}

// AfterTimeout runs f from the browser's event loop after d, letting the
// browser handle input and paint in between.
func AfterTimeout(d time.Duration, f func()) {
	var fn app.Func
	fn = app.FuncOf(func(app.Value, []app.Value) any {
		fn.Release()
		f()
		return nil
	})
	app.Window().Call("setTimeout", fn, d.Milliseconds())
}
