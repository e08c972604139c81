package main

import (
	"html"
	"strings"

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

	// filled is the options' HTML last put into the page.
	filled string
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
	id := s.id()
	sel := app.Select().ID(id).Name(string(s.Ifield)).OnChange(s.changed)
	if app.IsServer {
		// The prerendered page, which also serves browsers without the
		// WebAssembly, carries the options as elements.
		sel = sel.Body(app.Range(s.Igroups).Slice(func(i int) app.UI {
			g := s.Igroups[i]
			if g.Label == "" {
				return app.Range(g.Options).Slice(func(j int) app.UI { return s.option(g.Options[j]) })
			}
			return app.OptGroup().Label(g.Label).Body(
				app.Range(g.Options).Slice(func(j int) app.UI { return s.option(g.Options[j]) }),
			)
		}))
	}
	return app.Div().Class("field").Body(
		app.Label().For(id).Text(s.Ilabel),
		sel,
	)
}

func (s *selectField) id() string { return "in-" + string(s.Ifield) }

// OnMount and OnUpdate fill the drop-down in the browser. Built as go-app
// elements, the region list alone is 230 options and a thousand calls from
// the WebAssembly into JavaScript on every page load; one innerHTML is a
// single call. go-app leaves the options alone: the <select> has no
// children in its tree.
func (s *selectField) OnMount(ctx app.Context)  { ctx.Defer(s.fill) }
func (s *selectField) OnUpdate(ctx app.Context) { ctx.Defer(s.fill) }

func (s *selectField) fill(app.Context) {
	sel := app.Window().GetElementByID(s.id())
	if !sel.Truthy() {
		return
	}
	if h := s.optionsHTML(); h != s.filled {
		sel.Set("innerHTML", h)
		s.filled = h
	}
	sel.Set("value", s.Icurrent)
}

func (s *selectField) option(o selectOption) app.UI {
	return app.Option().Value(o.Value).Selected(o.Value == s.Icurrent).Text(o.Text)
}

// optionsHTML is the options and groups as HTML, the current one selected.
func (s *selectField) optionsHTML() string {
	var b strings.Builder
	option := func(o selectOption) {
		b.WriteString(`<option value="`)
		b.WriteString(html.EscapeString(o.Value))
		b.WriteString(`"`)
		if o.Value == s.Icurrent {
			b.WriteString(` selected`)
		}
		b.WriteString(`>`)
		b.WriteString(html.EscapeString(o.Text))
		b.WriteString(`</option>`)
	}
	for _, g := range s.Igroups {
		if g.Label != "" {
			b.WriteString(`<optgroup label="` + html.EscapeString(g.Label) + `">`)
		}
		for _, o := range g.Options {
			option(o)
		}
		if g.Label != "" {
			b.WriteString(`</optgroup>`)
		}
	}
	return b.String()
}

func (s *selectField) changed(ctx app.Context, e app.Event) {
	v := ctx.JSSrc().Get("value").String()
	if s.Ifield == calc.FieldPreset {
		ctx.NewAction(actionPreset, app.T("value", v))
		return
	}
	emitSet(ctx, s.Ifield, v)
}
