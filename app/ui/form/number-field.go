package form

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/ui/dom"
	"wattledger/calc"
	"wattledger/content"
)

// numberField is one labelled number input. Its placeholder is the default
// the model would use, and a note says where that default comes from.
//
// While the visitor types, the field's text belongs to the browser: each
// keystroke reaches the model through an action and comes back as Ivalue a
// moment later, when newer keystrokes may already be in the box. Writing
// that echo back would drop them, so a typed field is never rewritten;
// only a change from outside (a preset, a reset, another method's field in
// this place) replaces the text.
type numberField struct {
	app.Compo

	Ilang        content.Lang
	Ifield       calc.Field
	Ivalue       string
	Ityped       bool
	Iplaceholder string
	// Inote says where the default comes from.
	Inote    string
	Iinvalid bool

	// shown is the value last written into the box, and shownField the
	// field it belonged to.
	shown      string
	shownField calc.Field
}

func newNumberField() *numberField { return &numberField{} }

// Lang sets the language.
func (n *numberField) Lang(l content.Lang) *numberField { n.Ilang = l; return n }

// Field sets the input (its URL parameter).
func (n *numberField) Field(f calc.Field) *numberField { n.Ifield = f; return n }

// Value sets the text shown.
func (n *numberField) Value(v string) *numberField {
	n.Ivalue, n.shown = v, v
	return n
}

// Typed says whether the visitor is editing this field's text.
func (n *numberField) Typed(t bool) *numberField { n.Ityped = t; return n }

// OnMount records which field the box holds.
func (n *numberField) OnMount(ctx app.Context) { n.shownField = n.Ifield }

// OnUpdate replaces the text only when the change came from outside.
func (n *numberField) OnUpdate(ctx app.Context) {
	if n.Ityped && n.shownField == n.Ifield {
		return
	}
	n.shown, n.shownField = n.Ivalue, n.Ifield
	dom.SyncInput(n.JSValue(), n.Ivalue)
}

// Placeholder sets the default shown when the field is empty.
func (n *numberField) Placeholder(v string) *numberField { n.Iplaceholder = v; return n }

// Note says where the default comes from (empty for an unused field).
func (n *numberField) Note(v string) *numberField { n.Inote = v; return n }

// Invalid marks the field as the one the current error names.
func (n *numberField) Invalid(v bool) *numberField { n.Iinvalid = v; return n }

func (n *numberField) Render() app.UI {
	l := n.Ilang
	id := "in-" + string(n.Ifield)
	noteID := id + "-note"
	return app.Div().Class("field", dom.ClassIf("invalid", n.Iinvalid)).Body(
		app.Label().For(id).Text(l.T("field."+string(n.Ifield))),
		app.Input().Type("text").ID(id).Name(string(n.Ifield)).
			Attr("inputmode", "decimal").Attr("autocomplete", "off").Attr("spellcheck", "false").
			Value(dom.AttributeText(n.shown)).Placeholder(n.Iplaceholder).
			Attr("aria-invalid", boolString(n.Iinvalid)).Attr("aria-describedby", noteID).
			OnInput(func(ctx app.Context, e app.Event) {
				emitSet(ctx, n.Ifield, ctx.JSSrc().Get("value").String())
			}),
		app.Small().ID(noteID).Class("origin").Text(n.Inote),
	)
}

func boolString(b bool) string {
	if b {
		return "true"
	}
	return "false"
}
