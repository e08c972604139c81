package ui

import (
	"errors"
	"net/url"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/estimate"
	"wattledger/app/planner"
	"wattledger/app/ui/dom"
	"wattledger/app/ui/form"
	"wattledger/calc"
	"wattledger/content"
)

// powerView is the power planner: the form, the supply, the nation, the
// cost and the charts. Like the calculator it owns its inputs, whose
// public form is the URL's query: it reads them on every navigation and
// writes them back as the visitor types.
type powerView struct {
	app.Compo

	// Ilang is the page language.
	Ilang content.Lang
	// Icompact is the embed's layout: the results without the notes and
	// charts.
	Icompact bool
	// Icontrols shows the form; embeds may hide it.
	Icontrols bool

	inputs  planner.Inputs
	outcome planner.Outcome
	err     error
	// last is the latest valid outcome: while an input is invalid, the
	// form's placeholders still show the values last used.
	last planner.Outcome
	// typed are the fields the visitor is editing.
	typed    map[calc.Field]bool
	computed bool
	query    string
	board    chartBoard
	// stopWidthWatch stops the board's redrawing when the charts cross the
	// phone layout's width.
	stopWidthWatch func()
	idleRev        int
	// address is the URL the inputs were last read from or written to
	// (see calculatorView).
	address string
}

func newPowerView() *powerView { return &powerView{Icontrols: true} }

// Lang sets the page language.
func (v *powerView) Lang(l content.Lang) *powerView { v.Ilang = l; return v }

// Compact selects the embed layout.
func (v *powerView) Compact(c bool) *powerView { v.Icompact = c; return v }

// Controls shows or hides the form.
func (v *powerView) Controls(c bool) *powerView { v.Icontrols = c; return v }

// OnInit computes in the browser before the first render, from the URL.
func (v *powerView) OnInit() {
	if u := dom.URL(); u != nil {
		v.read(u.Query())
		v.address = u.String()
	}
}

// OnPreRender computes on the server for the URL's own query.
func (v *powerView) OnPreRender(ctx app.Context) { v.load(ctx, false) }

// OnMount listens to the form's actions.
func (v *powerView) OnMount(ctx app.Context) {
	ctx.Handle(form.ActionSet, func(ctx app.Context, a app.Action) {
		v.set(ctx, calc.Field(a.Tags.Get("field")), a.Tags.Get("value"))
	})
	ctx.Handle(form.ActionSource, func(ctx app.Context, a app.Action) { v.chooseSource(ctx, a.Tags.Get("value")) })
	v.stopWidthWatch = v.board.redrawForWidth(ctx, func(ctx app.Context) { v.redrawCharts(ctx, true) })
	v.load(ctx, true)
	// After the form has mounted: its fields then show what was typed.
	ctx.Defer(v.applyEarlyInputs)
}

// OnDismount stops watching the page's width.
func (v *powerView) OnDismount() {
	if v.stopWidthWatch != nil {
		v.stopWidthWatch()
	}
}

// applyEarlyInputs takes what the visitor typed before the WebAssembly
// ran (dom.TakeEarlyInputs): a campus first, since it resets the figures,
// then the kind of load, then the rest.
func (v *powerView) applyEarlyInputs(ctx app.Context) {
	early := dom.TakeEarlyInputs()
	if len(early) == 0 {
		return
	}
	if campus, ok := early[string(calc.FieldCampus)]; ok {
		v.set(ctx, calc.FieldCampus, campus)
		delete(early, string(calc.FieldCampus))
	}
	if source, ok := early[form.SourceField]; ok {
		v.chooseSource(ctx, source)
		delete(early, form.SourceField)
	}
	for f, value := range early {
		v.set(ctx, calc.Field(f), value)
		showEarlyInput(f, value)
	}
}

// OnUpdate follows the parent's props: on the server the page sets the
// language after this view's OnPreRender drew the charts.
func (v *powerView) OnUpdate(ctx app.Context) { v.redrawCharts(ctx, app.IsClient) }

// OnNav runs in the browser on every later navigation.
func (v *powerView) OnNav(ctx app.Context) { v.load(ctx, true) }

func (v *powerView) load(ctx app.Context, browser bool) {
	if u := ctx.Page().URL(); u.String() != v.address {
		v.read(u.Query())
		v.address = u.String()
	}
	v.redrawCharts(ctx, browser)
	if !browser {
		return
	}
	ctx.NewAction(actionQuery, app.T("value", v.query))
	ctx.Defer(func(app.Context) { dom.MarkReady() })
}

func (v *powerView) read(q url.Values) {
	v.idleRev++ // an address written for the inputs before is stale now
	v.inputs = planner.FromQuery(q)
	v.typed = map[calc.Field]bool{}
	v.compute()
}

func (v *powerView) compute() {
	v.query = v.inputs.Encode()
	v.outcome, v.err = planner.Plan(v.inputs)
	if v.err == nil {
		v.last = v.outcome
	}
	v.computed = true
}

func (v *powerView) ok() bool { return v.computed && v.err == nil }

// set changes one input as the visitor types or chooses. A campus is a
// preset: choosing one clears the figures it would set.
func (v *powerView) set(ctx app.Context, f calc.Field, value string) {
	in := v.inputs
	typed := map[calc.Field]bool{}
	for k, t := range v.typed {
		typed[k] = t
	}
	switch f {
	case calc.FieldCampus:
		in = planner.Inputs{Campus: value, LoadFactor: in.LoadFactor}
		typed = map[calc.Field]bool{}
	case calc.FieldRegion:
		in.Region = value
	case calc.FieldHardware:
		in.Hardware = value
	case calc.FieldFacilityPower:
		in.MW, typed[f] = value, true
	case calc.FieldAccelerators:
		in.Accelerators, typed[f] = value, true
	case calc.FieldPUE:
		in.PUE, typed[f] = value, true
	case calc.FieldLoadFactor:
		in.LoadFactor, typed[f] = value, true
	default:
		return
	}
	v.inputs, v.typed = in, typed
	v.changed(ctx)
}

// chooseSource switches between a campus's facility power and a cluster
// of accelerators, starting the cluster from the calculator's defaults
// and the facility power from the one just shown.
func (v *powerView) chooseSource(ctx app.Context, source string) {
	in := v.inputs
	switch source {
	case form.SourceCluster:
		if in.Accelerators == "" {
			in.Accelerators = "100000"
		}
		in.MW = ""
	case form.SourceMW:
		in.Hardware, in.Accelerators, in.PUE = "", "", ""
		if in.MW == "" && v.ok() && v.outcome.Basis == planner.BasisCluster {
			in.MW = estimate.FormatInput(round4(v.outcome.Facility.Central.Megawatts()))
		}
	default:
		return
	}
	v.inputs = in
	v.typed = map[calc.Field]bool{}
	v.changed(ctx)
}

// changed recomputes; the address bar and the page's links follow when
// the typing pauses, the charts once it has rested (chartBoard).
func (v *powerView) changed(ctx app.Context) {
	v.compute()
	v.redrawCharts(ctx, true)
	v.idleRev++
	rev, query := v.idleRev, v.query
	dom.AfterTimeout(chartIdle, func() {
		if rev == v.idleRev {
			dom.ReplaceQuery(query)
			v.address = ctx.Page().URL().String()
			ctx.NewAction(actionQuery, app.T("value", query))
		}
	})
	ctx.Defer(func(app.Context) { dom.MarkReady() })
}

func (v *powerView) redrawCharts(ctx app.Context, browser bool) {
	if !v.ok() || v.Icompact {
		v.board.cancel()
		return
	}
	specs := func() []chartSpec { return powerChartSpecs(v.Ilang, v.outcome) }
	if browser {
		v.board.schedule(ctx, v.Ilang, specs)
	} else {
		v.board.drawNow(v.Ilang, specs())
	}
}

// formState is what the form shows for the current inputs.
func (v *powerView) formState() form.PowerState {
	in, o := v.inputs, v.last
	s := form.PowerState{
		Source:   form.SourceMW,
		Values:   map[calc.Field]string{calc.FieldFacilityPower: in.MW, calc.FieldAccelerators: in.Accelerators, calc.FieldPUE: in.PUE, calc.FieldLoadFactor: in.LoadFactor},
		Defaults: map[calc.Field]string{},
		Typed:    v.typed,
		Campus:   strings.ToLower(strings.TrimSpace(in.Campus)),
		Hardware: strings.ToLower(strings.TrimSpace(in.Hardware)),
		Region:   strings.ToUpper(strings.TrimSpace(in.Region)),
		ErrField: errField(v.err),
	}
	if strings.TrimSpace(in.Accelerators) != "" || s.Hardware != "" {
		s.Source = form.SourceCluster
	}
	if o.Basis != "" {
		s.Defaults[calc.FieldFacilityPower] = estimate.FormatInput(round4(o.Facility.Central.Megawatts()))
		s.Defaults[calc.FieldLoadFactor] = estimate.FormatInput(o.LoadFactor.Central)
		if s.Region == "" {
			s.Region = o.Region.ISO
		}
		if o.Basis == planner.BasisCluster {
			s.Defaults[calc.FieldAccelerators] = estimate.FormatInput(o.Cluster.Accelerators)
			s.Defaults[calc.FieldPUE] = estimate.FormatInput(o.Cluster.PUE.Central)
		}
	}
	if s.Hardware == "" {
		s.Hardware = "h100-sxm"
	}
	return s
}

func (v *powerView) Render() app.UI {
	l := v.Ilang
	fig := newPowerFigures(l, v.outcome, v.ok())
	var inputs app.UI = app.If(v.Icontrols, func() app.UI { return form.NewPowerForm().Lang(l).State(v.formState()) })
	var results app.UI = app.Div().Class("results").Body(
		newErrorBanner().Lang(l).Err(v.err),
		newPowerResult().Lang(l).Figures(fig),
		app.If(v.ok(), func() app.UI {
			return app.Div().ID(powerSectionsID).Class("power-sections").Body(
				newPowerSupply().Lang(l).Figures(fig),
				newPowerNation().Lang(l).Figures(fig),
			)
		}),
	)
	first, second := inPageOrder(v.Icompact, inputs, results)
	return app.Div().ID("power").Class("calculator", "power", dom.ClassIf("compact", v.Icompact)).Attr("data-query", v.query).Body(
		first,
		second,
		app.If(v.ok() && !v.Icompact, func() app.UI {
			shown := v.board.shown
			return app.Div().ID("power-charts").Class("charts").Body(app.Range(shown).Slice(func(i int) app.UI {
				return newChartPanel().Lang(l).Chart(shown[i]).Run(powerRunName(l, v.outcome))
			}))
		}),
		app.If(!v.Icompact, func() app.UI {
			return app.Div().Class("power-more").Body(
				newPowerSources().Lang(l).Outcome(v.outcome, v.ok()),
				newPowerNotes().Lang(l),
			)
		}),
	)
}

// errField is the field an input error names, or "".
func errField(err error) calc.Field {
	var ie *calc.InputError
	if errors.As(err, &ie) {
		return ie.Field
	}
	return ""
}

// round4 keeps four significant figures of a figure written back into
// the form: 137.3 MW, not 137.3073.
func round4(v float64) float64 {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 4, 64), 64)
	return r
}
