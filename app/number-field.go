package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/estimate"
	"wattledger/calc"
	"wattledger/content"
)

// numberField is one labelled number input. Its placeholder is the default
// the model would use, and a note says where that default comes from.
type numberField struct {
	app.Compo

	Ilang        content.Lang
	Ifield       calc.Field
	Ivalue       string
	Iplaceholder string
	Iorigin      estimate.Origin
	Iinvalid     bool
}

func newNumberField() *numberField { return &numberField{} }

// Lang sets the language.
func (n *numberField) Lang(l content.Lang) *numberField { n.Ilang = l; return n }

// Field sets the input (its URL parameter).
func (n *numberField) Field(f calc.Field) *numberField { n.Ifield = f; return n }

// Value sets the text shown.
func (n *numberField) Value(v string) *numberField { n.Ivalue = v; return n }

// Placeholder sets the default shown when the field is empty.
func (n *numberField) Placeholder(v string) *numberField { n.Iplaceholder = v; return n }

// Origin says where the default comes from.
func (n *numberField) Origin(o estimate.Origin) *numberField { n.Iorigin = o; return n }

// Invalid marks the field as the one the current error names.
func (n *numberField) Invalid(v bool) *numberField { n.Iinvalid = v; return n }

func (n *numberField) Render() app.UI {
	l := n.Ilang
	id := "in-" + string(n.Ifield)
	noteID := id + "-note"
	note := ""
	if n.Iorigin != estimate.Unused {
		note = l.T("origin." + string(n.Iorigin))
	}
	return app.Div().Class("field", classIf("invalid", n.Iinvalid)).Body(
		app.Label().For(id).Text(l.T("field."+string(n.Ifield))),
		app.Input().Type("text").ID(id).Name(string(n.Ifield)).
			Attr("inputmode", "decimal").Attr("autocomplete", "off").Attr("spellcheck", "false").
			Value(n.Ivalue).Placeholder(n.Iplaceholder).
			Aria("invalid", boolString(n.Iinvalid)).Aria("describedby", noteID).
			OnInput(func(ctx app.Context, e app.Event) {
				emitSet(ctx, n.Ifield, ctx.JSSrc().Get("value").String())
			}),
		app.Small().ID(noteID).Class("origin").Text(note),
	)
}

func boolString(b bool) string {
	if b {
		return "true"
	}
	return "false"
}
