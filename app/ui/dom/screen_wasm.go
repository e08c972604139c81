package dom

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// NarrowScreen reports whether the page now matches PhoneMedia; known is
// true: the browser knows its width.
func NarrowScreen() (narrow, known bool) {
	return app.Window().Call("matchMedia", PhoneMedia).Get("matches").Bool(), true
}

// OnScreenChange runs f whenever the page crosses PhoneMedia's width (a
// phone turned, a window resized), and returns what stops it.
func OnScreenChange(f func()) (stop func()) {
	media := app.Window().Call("matchMedia", PhoneMedia)
	changed := app.FuncOf(func(app.Value, []app.Value) any {
		f()
		return nil
	})
	media.Call("addEventListener", "change", changed)
	return func() {
		media.Call("removeEventListener", "change", changed)
		changed.Release()
	}
}
