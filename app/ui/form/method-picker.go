package form

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/ui/dom"
	"wattledger/calc"
	"wattledger/content"
)

// methods are the calculator's methods in the order the picker shows them.
var methods = []calc.Method{calc.MethodHardware, calc.MethodCompute, calc.MethodInference}

// methodPicker chooses how energy is estimated: from hardware, from
// compute, or for inference.
type methodPicker struct {
	app.Compo

	Ilang    content.Lang
	Icurrent calc.Method
}

func newMethodPicker() *methodPicker { return &methodPicker{} }

// Lang sets the language.
func (m *methodPicker) Lang(l content.Lang) *methodPicker { m.Ilang = l; return m }

// Current sets the chosen method.
func (m *methodPicker) Current(c calc.Method) *methodPicker { m.Icurrent = c; return m }

func (m *methodPicker) Render() app.UI {
	l := m.Ilang
	return app.FieldSet().Class("methods").Body(
		app.Legend().Text(l.T("field.method")),
		app.Range(methods).Slice(func(i int) app.UI {
			method := methods[i]
			id := "method-" + string(method)
			return app.Label().For(id).Class("method", dom.ClassIf("chosen", method == m.Icurrent)).Body(
				dom.CheckedIf(app.Input().Type("radio").ID(id).Name("method").Value(string(method)), method == m.Icurrent).
					OnChange(func(ctx app.Context, e app.Event) { emitSet(ctx, calc.FieldMethod, string(method)) }),
				app.Span().Text(l.T("method."+string(method))),
			)
		}),
	)
}
