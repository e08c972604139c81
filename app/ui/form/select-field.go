package form

import (
	"html"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/ui/dom"
	"wattledger/calc"
	"wattledger/content"
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
	Ioptions optionSet
	Icurrent string

	// filled is the key of the options last put into the page.
	filled string
}

// optionSet names a drop-down's options, which depend only on the tables
// and the language. go-app compares a component's fields on every render
// of its parent (reflect.DeepEqual): comparing this name is cheap,
// comparing 230 regions was not.
type optionSet struct {
	Field calc.Field
	Lang  content.Lang
}

func (o optionSet) groups() []optionGroup {
	switch o.Field {
	case calc.FieldPreset:
		return presetOptions(o.Lang)
	case calc.FieldRegion:
		return regionOptions(o.Lang)
	case calc.FieldHardware:
		return hardwareOptions(o.Lang)
	case calc.FieldFacility:
		return facilityOptions(o.Lang)
	case calc.FieldGrid:
		return gridOptions(o.Lang)
	case calc.FieldCampus:
		return campusOptions(o.Lang)
	}
	return nil
}

// key says what the options were built for; the server's copy carries it
// (data-prerender) so that the browser can reuse it.
func (o optionSet) key() string { return string(o.Field) + " " + dom.PrerenderKey(o.Lang) }

func newSelectField() *selectField { return &selectField{} }

// Field sets which input the choice sets, and in which language its
// options are.
func (s *selectField) Field(f calc.Field, l content.Lang) *selectField {
	s.Ifield, s.Ioptions = f, optionSet{Field: f, Lang: l}
	return s
}

// Label sets the visible label.
func (s *selectField) Label(v string) *selectField { s.Ilabel = v; return s }

// Current sets the selected value.
func (s *selectField) Current(v string) *selectField { s.Icurrent = v; return s }

func (s *selectField) Render() app.UI {
	id := s.id()
	var sel app.UI = app.Select().ID(id).Name(string(s.Ifield)).OnChange(s.changed)
	if app.IsServer {
		// The prerendered page, which also serves browsers without the
		// WebAssembly, carries the options, written as HTML: go-app drops
		// an empty value attribute, and an option without one ("as
		// published", "same as the region") has its text as its value, which
		// a form sent before Go runs, or an early input, would pass on
		// (a workaround listed in app/site/goapp-workarounds.go).
		sel = app.Raw(`<select id="` + html.EscapeString(id) + `" name="` + html.EscapeString(string(s.Ifield)) +
			`" data-prerender="` + html.EscapeString(s.Ioptions.key()) + `">` + s.optionsHTML() + `</select>`)
	}
	return app.Div().Class("field").Body(
		app.Label().For(id).Text(s.Ilabel),
		sel,
	)
}

func (s *selectField) id() string { return SelectID(s.Ifield) }

// SelectID is the id of the drop-down that sets f.
func SelectID(f calc.Field) string { return "in-" + string(f) }

// OnMount and OnUpdate fill the drop-down in the browser. Built as go-app
// elements, the region list alone is 230 options and a thousand calls from
// the WebAssembly into JavaScript on every page load; one innerHTML is a
// single call, and on a first load it is the server's own options, moved
// over without passing through Go (dom.FillSelect). go-app leaves
// the options alone: the <select> has no children in its tree.
func (s *selectField) OnMount(ctx app.Context)  { ctx.Defer(s.fill) }
func (s *selectField) OnUpdate(ctx app.Context) { ctx.Defer(s.fill) }

func (s *selectField) fill(app.Context) {
	s.filled = dom.FillSelect(s.id(), s.Ioptions.key(), s.filled, s.optionsHTML, s.Icurrent)
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
	for _, g := range s.Ioptions.groups() {
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
		ctx.NewAction(ActionPreset, app.T("value", v))
		return
	}
	emitSet(ctx, s.Ifield, v)
}
