package dom

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// NarrowScreen reports whether the page now matches PhoneMedia; known is
// true: the browser knows its width.
func NarrowScreen() (narrow, known bool) {
	return app.Window().Call("matchMedia", PhoneMedia).Get("matches").Bool(), true
}
