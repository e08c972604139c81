package dom

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// PaintResult writes v's text and numbers into the result card already in
// the page. It changes only what is there in the same shape (a range
// that appears or goes, an error, are left to go-app's update), and it
// writes text nodes' values, not textContent, so the nodes go-app holds
// stay the ones in the page. It reports whether the page had a card to
// write into.
func PaintResult(v Result) (painted bool) {
	if !v.OK {
		return false
	}
	doc := app.Window().Get("document")
	card := doc.Call("querySelector", ".result-card")
	if !card.Truthy() {
		return false
	}
	setText(card.Call("querySelector", "#result-title"), v.Title)
	energy := card.Call("querySelector", "#energy")
	if !energy.Truthy() || !energy.Call("hasAttribute", "data-kwh").Bool() {
		return false
	}
	energy.Call("setAttribute", "data-kwh", v.KWh)
	energy.Call("setAttribute", "data-kwh-low", v.KWhLow)
	energy.Call("setAttribute", "data-kwh-high", v.KWhHigh)
	setText(energy.Call("querySelector", ".value"), v.Energy)
	if v.Range != "" {
		setText(energy.Call("querySelector", ".range"), v.Range)
	}
	if v.Du != "" {
		setText(energy.Call("querySelector", ".unit-note"), v.Du)
	}
	for _, f := range v.Facts {
		dd := card.Call("querySelector", "#"+f.ID)
		if !dd.Truthy() {
			continue
		}
		if f.DataName != "" && dd.Call("hasAttribute", "data-"+f.DataName).Bool() {
			dd.Call("setAttribute", "data-"+f.DataName, f.DataValue)
		}
		setText(dd.Get("previousElementSibling"), f.Term)
		setText(dd.Call("querySelector", ".value"), f.Value)
		if f.Note != "" {
			setText(dd.Call("querySelector", ".note"), f.Note)
		}
	}
	return true
}

// WaitForPaint blocks until the browser has shown the page as it is now:
// until a task after its next animation frame. Go's main goroutine waits
// there while the browser's event loop runs on.
func WaitForPaint() {
	done := make(chan struct{})
	var afterFrame, frame app.Func
	afterFrame = app.FuncOf(func(app.Value, []app.Value) any {
		close(done)
		return nil
	})
	frame = app.FuncOf(func(app.Value, []app.Value) any {
		app.Window().Call("setTimeout", afterFrame, 0)
		return nil
	})
	app.Window().Call("requestAnimationFrame", frame)
	<-done
	frame.Release()
	afterFrame.Release()
}

// setText sets the value of el's only child when it is a text node.
func setText(el app.Value, text string) {
	if !el.Truthy() {
		return
	}
	child := el.Get("firstChild")
	if !child.Truthy() || child.Get("nodeType").Int() != 3 || child.Get("nextSibling").Truthy() {
		return
	}
	if child.Get("nodeValue").String() != text {
		child.Set("nodeValue", text)
	}
}
