package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/calc"
)

// selectOption is one choice of a selectField.
type selectOption struct {
	Value, Text string
}

// optionGroup is a labelled group of options; an empty label means none.
type optionGroup struct {
	Label   string
	Options []selectOption
}

// selectField is a labelled drop-down whose choice sets one input (or,
// for the preset, starts over from it).
type selectField struct {
	app.Compo

	Ifield   calc.Field
	Ilabel   string
	Igroups  []optionGroup
	Icurrent string
}

func newSelectField() *selectField { return &selectField{} }

// Field sets which input the choice sets.
func (s *selectField) Field(f calc.Field) *selectField { s.Ifield = f; return s }

// Label sets the visible label.
func (s *selectField) Label(v string) *selectField { s.Ilabel = v; return s }

// Groups sets the options.
func (s *selectField) Groups(g []optionGroup) *selectField { s.Igroups = g; return s }

// Current sets the selected value.
func (s *selectField) Current(v string) *selectField { s.Icurrent = v; return s }

func (s *selectField) Render() app.UI {
	id := "in-" + string(s.Ifield)
	return app.Div().Class("field").Body(
		app.Label().For(id).Text(s.Ilabel),
		app.Select().ID(id).Name(string(s.Ifield)).OnChange(s.changed).Body(
			app.Range(s.Igroups).Slice(func(i int) app.UI {
				g := s.Igroups[i]
				if g.Label == "" {
					return app.Range(g.Options).Slice(func(j int) app.UI { return s.option(g.Options[j]) })
				}
				return app.OptGroup().Label(g.Label).Body(
					app.Range(g.Options).Slice(func(j int) app.UI { return s.option(g.Options[j]) }),
				)
			}),
		),
	)
}

func (s *selectField) option(o selectOption) app.UI {
	return app.Option().Value(o.Value).Selected(o.Value == s.Icurrent).Text(o.Text)
}

func (s *selectField) changed(ctx app.Context, e app.Event) {
	v := ctx.JSSrc().Get("value").String()
	if s.Ifield == calc.FieldPreset {
		ctx.NewAction(actionPreset, app.T("value", v))
		return
	}
	emitSet(ctx, s.Ifield, v)
}
