package form

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/ui/dom"
	"wattledger/content"
)

// sources are the power planner's ways to say what is powered.
var sources = []string{SourceMW, SourceCluster}

// sourcePicker chooses between a campus given by its facility power and a
// cluster given by its accelerators.
type sourcePicker struct {
	app.Compo

	Ilang    content.Lang
	Icurrent string
}

func newSourcePicker() *sourcePicker { return &sourcePicker{} }

// Lang sets the language.
func (p *sourcePicker) Lang(l content.Lang) *sourcePicker { p.Ilang = l; return p }

// Current sets the chosen source.
func (p *sourcePicker) Current(c string) *sourcePicker { p.Icurrent = c; return p }

func (p *sourcePicker) Render() app.UI {
	l := p.Ilang
	return app.FieldSet().Class("methods").Body(
		app.Legend().Text(l.T("power.form.source")),
		app.Range(sources).Slice(func(i int) app.UI {
			src := sources[i]
			id := "source-" + src
			return app.Label().For(id).Class("method", dom.ClassIf("chosen", src == p.Icurrent)).Body(
				dom.CheckedIf(app.Input().Type("radio").ID(id).Name(SourceField).Value(src), src == p.Icurrent).
					OnChange(func(ctx app.Context, e app.Event) { ctx.NewAction(ActionSource, app.T("value", src)) }),
				app.Span().Text(l.T("power.form.source."+src)),
			)
		}),
	)
}
