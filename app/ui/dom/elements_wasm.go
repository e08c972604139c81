package dom

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// ElementByID is the page's element with id (falsy when there is none).
func ElementByID(id string) app.Value { return app.Window().GetElementByID(id) }

// SyncInput writes value into the <input> inside el when it shows
// something else: go-app writes a value only if it differs from its last
// render's, which may not be what the visitor has since typed.
func SyncInput(el app.Value, value string) {
	if input := el.Call("querySelector", "input"); input.Truthy() && input.Get("value").String() != value {
		input.Set("value", value)
	}
}

// FillSelect gives the <select> with id its options, when key (what they
// were built for) differs from filled, and selects value. It reports the
// key of the options now in the page: filled again when there is no such
// element. The options are the server's own on a first load (Take, by
// the same id), moved over as nodes (copying them through innerHTML cost
// the browser a serialisation and a parse: about 40 ms of a cold start),
// else html(): one innerHTML is a single call from the WebAssembly into
// JavaScript, where building 230 options as go-app elements was a
// thousand.
func FillSelect(id, key, filled string, html func() string, value string) string {
	sel := ElementByID(id)
	if !sel.Truthy() {
		return filled
	}
	if key != filled {
		if kept, ok := Take(id, key); ok {
			replace := app.Window().Get("Element").Get("prototype").Get("replaceChildren")
			replace.Call("apply", sel, kept.Get("childNodes"))
		} else {
			sel.Set("innerHTML", html())
		}
	}
	sel.Set("value", value)
	return key
}

// TakeEarlyInputs returns what the visitor typed into the calculator's
// fields before the WebAssembly ran (app/site/boot.js), by field name,
// and stops recording: from now on the form's own handlers see the input.
func TakeEarlyInputs() map[string]string {
	defer app.Window().Set("wattEarlyInput", app.Null())
	return EarlyInputs()
}

// EarlyInputs returns what the visitor has typed into the calculator's or
// the planner's fields before the WebAssembly ran, by field name, and
// leaves it to be taken (TakeEarlyInputs).
func EarlyInputs() map[string]string {
	win := app.Window()
	early := win.Get("wattEarlyInput")
	if !early.Truthy() {
		return nil
	}
	keys := win.Get("Object").Call("keys", early)
	out := make(map[string]string, keys.Length())
	for i := 0; i < keys.Length(); i++ {
		k := keys.Index(i).String()
		out[k] = early.Get(k).String()
	}
	return out
}

// Focus moves the focus to the element with id, if there is one.
func Focus(id string) {
	if el := ElementByID(id); el.Truthy() {
		el.Call("focus")
	}
}

// ShowModal opens the <dialog> with id as a modal, unless it is open.
func ShowModal(id string) {
	if d := ElementByID(id); d.Truthy() && !d.Get("open").Bool() {
		d.Call("showModal")
	}
}

// CloseDialog closes the <dialog> with id, if it is open.
func CloseDialog(id string) {
	if d := ElementByID(id); d.Truthy() && d.Get("open").Bool() {
		d.Call("close")
	}
}

// CopyField copies the text of the field with id to the clipboard where
// the browser allows it; otherwise, or if the copy fails, it selects the
// text for Ctrl+C. done receives whether the text was copied, at once or
// from a later turn of the event loop: callers update their component
// through ctx.Dispatch.
func CopyField(id string, done func(copied bool)) {
	field := ElementByID(id)
	if !field.Truthy() {
		return
	}
	manual := func() {
		field.Call("focus")
		field.Call("select")
		done(false)
	}
	clip := app.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() || !app.Window().Get("isSecureContext").Truthy() {
		manual()
		return
	}
	var ok, fail app.Func
	release := func() { ok.Release(); fail.Release() }
	ok = app.FuncOf(func(app.Value, []app.Value) any {
		release()
		done(true)
		return nil
	})
	fail = app.FuncOf(func(app.Value, []app.Value) any {
		release()
		manual()
		return nil
	})
	clip.Call("writeText", field.Get("value").String()).Call("then", ok, fail)
}

// CanShare reports whether the browser has a system share sheet.
func CanShare() bool { return app.Window().Get("navigator").Get("share").Truthy() }

// Share opens the system share sheet; a cancelled share is not an error.
func Share(title, url string) {
	data := app.Window().Get("Object").New()
	data.Set("title", title)
	data.Set("url", url)
	var done app.Func
	done = app.FuncOf(func(app.Value, []app.Value) any { done.Release(); return nil })
	app.Window().Get("navigator").Call("share", data).Call("then", done, done)
}
