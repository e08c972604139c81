package dom

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// PaintResult writes v's text and numbers into the result card already in
// the page. It changes only what is there in the same shape (a range
// that appears or goes, an error, are left to go-app's update), and it
// writes text nodes' values, not textContent, so the nodes go-app holds
// stay the ones in the page.
func PaintResult(v Result) {
	if !v.OK {
		return
	}
	doc := app.Window().Get("document")
	card := doc.Call("querySelector", ".result-card")
	if !card.Truthy() {
		return
	}
	setText(card.Call("querySelector", "#result-title"), v.Title)
	energy := card.Call("querySelector", "#energy")
	if !energy.Truthy() || !energy.Call("hasAttribute", "data-kwh").Bool() {
		return
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
