package form

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/calc"
	"wattledger/content"
)

// What the power planner sizes: a campus by its facility power, or a
// cluster by its accelerators. The strings travel in ActionSource.
const (
	SourceMW      = "mw"
	SourceCluster = "cluster"
)

// SourceField is the name of the radio buttons that choose the source.
const SourceField = "source"

// PowerState is what the power form shows: the link's inputs as typed
// (Values, by URL parameter; "" for not given) and the values the planner
// used for those left empty (Defaults), the drop-downs' choices, and the
// field the current error names.
type PowerState struct {
	Source   string
	Values   map[calc.Field]string
	Defaults map[calc.Field]string
	// Typed are the fields the visitor is editing, whose text the form must
	// not rewrite.
	Typed    map[calc.Field]bool
	Campus   string
	Hardware string
	Region   string
	ErrField calc.Field
}

// powerForm is the power planner's form: a named campus, what is being
// powered (facility power, or accelerators, count and PUE), the load
// factor and the country. Like the calculator's, its parts report changes
// as actions (ActionSet, ActionSource) and show what the page passes back.
type powerForm struct {
	app.Compo

	Ilang  content.Lang
	Istate PowerState
}

// NewPowerForm returns the power planner's form.
func NewPowerForm() *powerForm { return &powerForm{} }

// Lang sets the language.
func (f *powerForm) Lang(l content.Lang) *powerForm { f.Ilang = l; return f }

// State sets what the form shows.
func (f *powerForm) State(s PowerState) *powerForm { f.Istate = s; return f }

func (f *powerForm) Render() app.UI {
	l, s := f.Ilang, f.Istate
	cluster := s.Source == SourceCluster
	return app.Form().Class("inputs", "power-inputs").Attr("aria-label", l.T("power.form.source")).
		OnSubmit(func(ctx app.Context, e app.Event) { e.PreventDefault() }).
		Body(
			newSelectField().Field(calc.FieldCampus, l).Label(l.T("field.campus")).Current(s.Campus),
			newSourcePicker().Lang(l).Current(s.Source),
			app.If(cluster, func() app.UI {
				return newSelectField().Field(calc.FieldHardware, l).Label(l.T("field.hw")).Current(s.Hardware)
			}),
			app.Div().Class("fields").Body(
				app.If(!cluster, func() app.UI { return f.numberField(calc.FieldFacilityPower) }),
				app.If(cluster, func() app.UI {
					return app.Div().Class("field-pair").Body(f.numberField(calc.FieldAccelerators), f.numberField(calc.FieldPUE))
				}),
				f.numberField(calc.FieldLoadFactor),
			),
			newSelectField().Field(calc.FieldRegion, l).Label(l.T("power.form.region")).Current(s.Region),
		)
}

// numberField shows what the visitor typed, or else the value used.
func (f *powerForm) numberField(field calc.Field) app.UI {
	s := f.Istate
	def := s.Defaults[field]
	value := s.Values[field]
	if value == "" && !s.Typed[field] {
		value = def
	}
	return newNumberField().Lang(f.Ilang).Field(field).Value(value).Typed(s.Typed[field]).Placeholder(def).
		Invalid(s.ErrField == field)
}
