package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/estimate"
	"wattledger/calc"
	"wattledger/content"
)

// resultCard shows the estimate: energy with its range, CO2e, households,
// the region's share and the cluster's continuous power. Its elements
// carry the DOM contract's ids and data attributes; while an input is
// invalid they show a dash and carry no numbers, so nothing stale passes
// for current.
type resultCard struct {
	app.Compo

	Ilang    content.Lang
	Icompact bool
	Iout     estimate.Outcome
	Iok      bool
}

func newResultCard() *resultCard { return &resultCard{} }

// Lang sets the language.
func (r *resultCard) Lang(l content.Lang) *resultCard { r.Ilang = l; return r }

// Compact drops the explanations (embed widget).
func (r *resultCard) Compact(v bool) *resultCard { r.Icompact = v; return r }

// Outcome sets what is shown; ok is false while an input is invalid.
func (r *resultCard) Outcome(o estimate.Outcome, ok bool) *resultCard {
	r.Iout, r.Iok = o, ok
	return r
}

const dash = "—"

func (r *resultCard) Render() app.UI {
	l := r.Ilang
	o := r.Iout
	res := o.Result
	title := l.T("result.title."+string(o.Method), "name", o.Preset.Name)
	if !r.Iok {
		title = l.T("result.title.invalid")
	}
	return app.Section().Class("result-card").Aria("labelledby", "result-title").Body(
		app.H2().ID("result-title").Text(title),
		app.If(r.Iok && o.Preset.Estimate && o.Method != calc.MethodInference, func() app.UI {
			return app.P().Class("estimate-flag").Text(l.T("result.estimate"))
		}),
		r.energy(),
		app.Dl().Class("facts").Body(
			r.fact("co2", l.T("result.co2"), r.value(func() string { return content.Mass(l, res.Emissions) }),
				r.data("kg", res.Emissions.Central.Kilograms()),
				r.note(l.T("result.co2.note", "grid", content.Number(l, o.Scenario.Grid.Central.GramsPerKWh(), 3)))),
			r.fact("households", l.T(householdKey(o), "region", o.Region.Name(l)),
				r.value(func() string { return content.Count(l, o.Comparisons.HouseholdYears) }),
				r.data("value", o.Comparisons.HouseholdYears.Central),
				r.note(r.householdNote())),
			r.fact("country-share", l.T("result.share", "region", o.Region.Name(l)),
				r.value(func() string { return content.Percent(l, o.Comparisons.Region.SharePercent) }),
				r.data("percent", o.Comparisons.Region.SharePercent.Central),
				r.note(l.T("result.share.note", "region", o.Region.Name(l), "time", content.Duration(l, o.Comparisons.Region.Consumption)))),
			r.powerFact(),
		),
		app.If(r.Iok && o.Method == calc.MethodInference, r.breakEven),
	)
}

// energy is the headline: the central figure, its range, and in Chinese
// a reminder that 1 千瓦时 is the 度 of an electricity bill.
func (r *resultCard) energy() app.UI {
	l := r.Ilang
	e := r.Iout.Result.Energy
	el := app.P().ID("energy").Class("headline")
	if !r.Iok {
		return el.Body(app.Span().Class("value").Text(dash))
	}
	return el.
		DataSet("kwh", attr(e.Central.KilowattHours())).
		DataSet("kwh-low", attr(e.Low.KilowattHours())).
		DataSet("kwh-high", attr(e.High.KilowattHours())).
		Body(
			app.Span().Class("label").Text(l.T("result.energy")),
			app.Span().Class("value").Text(content.Energy(l, e)),
			app.If(!e.IsExact(), func() app.UI {
				return app.Span().Class("range").Text(l.T("result.range", "range", content.EnergyRange(l, e)))
			}),
			app.If(l == content.Chinese && !r.Icompact, func() app.UI {
				return app.Span().Class("unit-note").Text(l.T("result.du", "n", content.Number(l, e.Central.KilowattHours(), 3)))
			}),
		)
}

// fact is one line of the card: a term, its value and an optional note.
func (r *resultCard) fact(id, term string, value app.UI, data [2]string, note app.UI) app.UI {
	dd := app.Dd().ID(id)
	if r.Iok && data[0] != "" {
		dd = dd.DataSet(data[0], data[1])
	}
	return app.Div().Class("fact").Body(
		app.Dt().Text(term),
		dd.Body(value, note),
	)
}

func (r *resultCard) value(text func() string) app.UI {
	if !r.Iok {
		return app.Span().Class("value").Text(dash)
	}
	return app.Span().Class("value").Text(text())
}

func (r *resultCard) data(name string, v float64) [2]string { return [2]string{name, attr(v)} }

func (r *resultCard) note(text string) app.UI {
	if r.Icompact || !r.Iok {
		return nil
	}
	return app.Span().Class("note").Text(text)
}

func householdKey(o estimate.Outcome) string {
	if o.Household.Unit == content.PerPerson {
		return "result.households.person"
	}
	return "result.households"
}

func (r *resultCard) householdNote() string {
	l := r.Ilang
	o := r.Iout
	h := o.Household
	region, _ := content.CountryByISO(h.Region)
	key := "result.households.note." + string(h.Unit)
	if o.HouseholdFallback {
		key = "result.households.fallback." + string(h.Unit)
	}
	return l.T(key, "kwh", content.Number(l, h.KWhPerYear.Value, 3), "region", region.Name(l), "chosen", o.Region.Name(l))
}

// powerFact is the cluster's continuous draw, or why it is unknown.
func (r *resultCard) powerFact() app.UI {
	l := r.Ilang
	p := r.Iout.Result.Power
	if r.Iok && p.Central == 0 {
		return r.fact("power-mw", l.T("result.power"), app.Span().Class("value").Text(l.T("result.power.unknown")), [2]string{}, nil)
	}
	var reactor calc.Range[float64]
	size := ""
	if i, ok := sourceIndex("nuclear"); ok && r.Iok {
		reactor = r.Iout.Comparisons.Sources[i].UnitsForPower
		size = content.Power(l, calc.Exact(calc.Power(content.PowerSources[i].UnitCapacityMW.Value)*calc.Megawatt))
	}
	return r.fact("power-mw", l.T("result.power"),
		r.value(func() string { return content.Power(l, p) }),
		r.data("mw", p.Central.Megawatts()),
		r.note(l.T("result.power.note", "share", content.Number(l, reactor.Central, 2), "size", size)))
}

func (r *resultCard) breakEven() app.UI {
	l := r.Ilang
	b := r.Iout.BreakEven
	return app.P().Class("break-even").Text(l.T("result.breakeven",
		"name", r.Iout.Preset.Name,
		"training", content.Energy(l, r.Iout.Training.Energy),
		"queries", content.Count(l, b.Queries),
		"time", content.Duration(l, b.Time)))
}
