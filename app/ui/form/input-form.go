package form

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/estimate"
	"wattledger/calc"
	"wattledger/content"
)

// inputForm is the calculator's form: preset, method, accelerator, the
// method's numbers, and the region. Its parts report changes as actions.
type inputForm struct {
	app.Compo

	Ilang     content.Lang
	Iinputs   estimate.Inputs
	Idrafts   map[calc.Field]string
	Iresolved estimate.Resolved
	// IerrField is the field of the current input error, to mark it invalid.
	IerrField calc.Field
}

// New returns the calculator's form.
func New() *inputForm { return &inputForm{} }

// Lang sets the language.
func (f *inputForm) Lang(l content.Lang) *inputForm { f.Ilang = l; return f }

// State passes the calculator's inputs, drafts, resolved defaults and error.
func (f *inputForm) State(in estimate.Inputs, drafts map[calc.Field]string, r estimate.Resolved, err error) *inputForm {
	f.Iinputs, f.Idrafts, f.Iresolved, f.IerrField = in, drafts, r, errorField(err)
	return f
}

// methodFields lists, per method, the numbers the form asks for.
var methodFields = map[calc.Method][]calc.Field{
	calc.MethodHardware:  {calc.FieldAccelerators, calc.FieldHours, calc.FieldAcceleratorHours, calc.FieldPower, calc.FieldPUE},
	calc.MethodCompute:   {calc.FieldFLOPs, calc.FieldParameters, calc.FieldTokens, calc.FieldMFU, calc.FieldAccelerators, calc.FieldPower, calc.FieldPUE},
	calc.MethodInference: {calc.FieldQueryWh, calc.FieldQueriesPerDay, calc.FieldDays},
}

func (f *inputForm) Render() app.UI {
	l := f.Ilang
	method := f.Iresolved.Method
	if method == "" {
		method = calc.MethodHardware
	}
	fields := methodFields[method]
	return app.Form().Class("inputs").Attr("aria-label", l.T("form.label")).
		OnSubmit(func(ctx app.Context, e app.Event) { e.PreventDefault() }).
		Body(
			newSelectField().Field(calc.FieldPreset, l).Label(l.T("field.preset")).
				Current(f.Iresolved.Preset.ID),
			newMethodPicker().Lang(l).Current(method),
			app.If(method != calc.MethodInference, func() app.UI {
				return newSelectField().Field(calc.FieldHardware, l).Label(l.T("field.hw")).
					Current(f.Iresolved.Hardware.ID)
			}),
			app.Div().Class("fields").Body(
				app.Range(fields).Slice(func(i int) app.UI { return f.numberField(fields[i]) }),
			),
			app.If(method != calc.MethodInference, func() app.UI {
				return newSelectField().Field(calc.FieldFacility, l).Label(l.T("field.facility")).
					Current(f.Iresolved.Facility.ID)
			}),
			newSelectField().Field(calc.FieldRegion, l).Label(l.T("field.region")).
				Current(f.Iresolved.Region.ISO),
			newSelectField().Field(calc.FieldGrid, l).Label(l.T("field.grid")).
				Current(f.Iinputs.Get(calc.FieldGrid)),
			f.numberField(calc.FieldIntensity),
			app.Button().Type("button").Class("reset").Text(l.T("form.reset")).
				OnClick(func(ctx app.Context, e app.Event) { ctx.NewAction(ActionReset) }),
		)
}

// numberField shows what the visitor typed, or else the effective default.
func (f *inputForm) numberField(field calc.Field) app.UI {
	def := estimate.FormatInput(f.Iresolved.Value(field))
	value, typed := f.Idrafts[field]
	if !typed {
		value = f.Iinputs.Get(field)
		if value == "" {
			value = def
		}
	}
	return newNumberField().Lang(f.Ilang).Field(field).Value(value).Typed(typed).Placeholder(def).
		Note(originNote(f.Ilang, field, f.Iresolved)).Invalid(f.IerrField == field)
}

// originNote says which table or source a field's default comes from,
// naming the facility class when the PUE is that class's.
func originNote(l content.Lang, field calc.Field, r estimate.Resolved) string {
	switch o := r.Origin(field); {
	case o == estimate.Unused:
		return ""
	case o == estimate.FromHardware && field == calc.FieldPower:
		return l.T("origin.power.stack")
	case o == estimate.FromFacility:
		return l.T("origin.facility.named", "name", l.T("facility."+r.Facility.ID))
	default:
		return l.T("origin." + string(o))
	}
}
