package dom

import (
	"math"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ReportHeight posts {type: "watt-ledger:resize", height} to the parent
// window whenever the document's height changes, so that embed.js can size
// the iframe. A height is no secret: targetOrigin "*" is fine, and embed.js
// checks who sent it.
func ReportHeight() {
	if page.heightObserver != nil {
		return
	}
	w := app.Window()
	parent := w.Get("parent")
	if !parent.Truthy() || parent.Equal(w.JSValue()) || !w.Get("ResizeObserver").Truthy() {
		return
	}
	root := w.Get("document").Get("documentElement")
	last := -1
	send := app.FuncOf(func(app.Value, []app.Value) any {
		h := int(math.Ceil(root.Call("getBoundingClientRect").Get("height").Float()))
		if h != last {
			last = h
			msg := w.Get("Object").New()
			msg.Set("type", "watt-ledger:resize")
			msg.Set("height", h)
			parent.Call("postMessage", msg, "*")
		}
		return nil
	})
	page.heightObserver = w.Get("ResizeObserver").New(send)
	page.heightObserver.Call("observe", root)
}
