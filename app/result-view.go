package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/estimate"
	"wattledger/calc"
	"wattledger/content"
)

// resultView is everything the result card shows, as text, made once per
// change. The card renders from it, and on a keystroke paintResult writes
// it into the page at once (calculatorView.set): go-app applies an update
// only at its next frame, at least 8 ms after the event, while a number
// should follow the keys within the frame. go-app's update then finds the
// same text in place.
type resultView struct {
	OK    bool
	Title string
	// EstimateFlag marks a preset whose inputs are estimates, not
	// published, with EstimateText.
	EstimateFlag bool
	EstimateText string
	EnergyLabel  string
	// Energy is the headline; Range is empty for an exact figure and Du
	// (the 度 reminder) empty in English and in the embed.
	Energy, Range, Du    string
	KWh, KWhLow, KWhHigh string
	Facts                []factView
	BreakEven            string
}

// factView is one line of the card. DataName and DataValue are the DOM
// contract's data attribute on the dd (none when DataName is empty).
type factView struct {
	ID, Term, Value, DataName, DataValue, Note string
}

const dash = "—"

func newResultView(l content.Lang, compact bool, o estimate.Outcome, ok bool) resultView {
	v := resultView{OK: ok, Title: l.T("result.title."+string(o.Method), "name", o.Preset.Name),
		EstimateText: l.T("result.estimate"), EnergyLabel: l.T("result.energy")}
	if !ok {
		v.Title, v.Energy = l.T("result.title.invalid"), dash
	} else {
		e := o.Result.Energy
		v.EstimateFlag = o.Preset.Estimate && o.Method != calc.MethodInference
		v.Energy = content.Energy(l, e)
		if !e.IsExact() {
			v.Range = l.T("result.range", "range", content.EnergyRange(l, e))
		}
		if l == content.Chinese && !compact {
			v.Du = l.T("result.du", "n", content.Number(l, e.Central.KilowattHours(), 3))
		}
		v.KWh, v.KWhLow, v.KWhHigh = attr(e.Central.KilowattHours()), attr(e.Low.KilowattHours()), attr(e.High.KilowattHours())
	}
	note := func(text string) string {
		if compact || !ok {
			return ""
		}
		return text
	}
	value := func(text func() string) string {
		if !ok {
			return dash
		}
		return text()
	}
	res, cmp := o.Result, o.Comparisons
	v.Facts = []factView{
		{ID: "co2", Term: l.T("result.co2"), Value: value(func() string { return content.Mass(l, res.Emissions) }),
			DataName: "kg", DataValue: attr(res.Emissions.Central.Kilograms()),
			Note: note(l.T("result.co2.note", "grid", content.Number(l, o.Scenario.Grid.Central.GramsPerKWh(), 3)))},
		{ID: "households", Term: l.T(householdKey(o), "region", o.Region.Name(l)),
			Value:    value(func() string { return content.Count(l, cmp.HouseholdYears) }),
			DataName: "value", DataValue: attr(cmp.HouseholdYears.Central),
			Note: note(householdNote(l, o))},
		{ID: "country-share", Term: l.T("result.share", "region", o.Region.Name(l)),
			Value:    value(func() string { return content.Percent(l, cmp.Region.SharePercent) }),
			DataName: "percent", DataValue: attr(cmp.Region.SharePercent.Central),
			Note: note(l.T("result.share.note", "region", o.Region.Name(l), "time", content.Duration(l, cmp.Region.Consumption)))},
		powerFact(l, o, ok, note),
	}
	if !ok {
		for i := range v.Facts {
			v.Facts[i].DataName, v.Facts[i].DataValue = "", ""
		}
	}
	if ok && o.Method == calc.MethodInference {
		b := o.BreakEven
		v.BreakEven = l.T("result.breakeven", "name", o.Preset.Name, "training", content.Energy(l, o.Training.Energy),
			"queries", content.Count(l, b.Queries), "time", content.Duration(l, b.Time))
	}
	return v
}

func householdKey(o estimate.Outcome) string {
	if o.Household.Unit == content.PerPerson {
		return "result.households.person"
	}
	return "result.households"
}

func householdNote(l content.Lang, o estimate.Outcome) string {
	h := o.Household
	region, _ := content.CountryByISO(h.Region)
	key := "result.households.note." + string(h.Unit)
	if o.HouseholdFallback {
		key = "result.households.fallback." + string(h.Unit)
	}
	return l.T(key, "kwh", content.Number(l, h.KWhPerYear.Value, 3), "region", region.Name(l), "chosen", o.Region.Name(l))
}

// powerFact is the cluster's continuous draw, or why it is unknown.
func powerFact(l content.Lang, o estimate.Outcome, ok bool, note func(string) string) factView {
	p := o.Result.Power
	if ok && p.Central == 0 {
		return factView{ID: "power-mw", Term: l.T("result.power"), Value: l.T("result.power.unknown")}
	}
	f := factView{ID: "power-mw", Term: l.T("result.power"), Value: dash, DataName: "mw", DataValue: attr(p.Central.Megawatts())}
	if !ok {
		return f
	}
	var reactor calc.Range[float64]
	size := ""
	if i, found := sourceIndex("nuclear"); found {
		reactor = o.Comparisons.Sources[i].UnitsForPower
		size = content.Power(l, calc.Exact(calc.Power(content.PowerSources[i].UnitCapacityMW.Value)*calc.Megawatt))
	}
	f.Value = content.Power(l, p)
	f.Note = note(l.T("result.power.note", "share", content.Number(l, reactor.Central, 2), "size", size))
	return f
}

// paintResult writes v's text and numbers into the result card already in
// the page. It changes only what is there in the same shape (a range
// that appears or goes, an error, are left to go-app's update), and it
// writes text nodes' values, not textContent, so the nodes go-app holds
// stay the ones in the page.
func paintResult(v resultView) {
	if !app.IsClient || !v.OK {
		return
	}
	doc := app.Window().Get("document")
	card := doc.Call("querySelector", ".result-card")
	if !card.Truthy() {
		return
	}
	setText(card.Call("querySelector", "#result-title"), v.Title)
	energy := card.Call("querySelector", "#energy")
	if !energy.Truthy() || !energy.Call("hasAttribute", "data-kwh").Bool() {
		return
	}
	energy.Call("setAttribute", "data-kwh", v.KWh)
	energy.Call("setAttribute", "data-kwh-low", v.KWhLow)
	energy.Call("setAttribute", "data-kwh-high", v.KWhHigh)
	setText(energy.Call("querySelector", ".value"), v.Energy)
	if v.Range != "" {
		setText(energy.Call("querySelector", ".range"), v.Range)
	}
	if v.Du != "" {
		setText(energy.Call("querySelector", ".unit-note"), v.Du)
	}
	for _, f := range v.Facts {
		dd := card.Call("querySelector", "#"+f.ID)
		if !dd.Truthy() {
			continue
		}
		if f.DataName != "" && dd.Call("hasAttribute", "data-"+f.DataName).Bool() {
			dd.Call("setAttribute", "data-"+f.DataName, f.DataValue)
		}
		setText(dd.Get("previousElementSibling"), f.Term)
		setText(dd.Call("querySelector", ".value"), f.Value)
		if f.Note != "" {
			setText(dd.Call("querySelector", ".note"), f.Note)
		}
	}
}

// setText sets the value of el's only child when it is a text node.
func setText(el app.Value, text string) {
	if !el.Truthy() {
		return
	}
	child := el.Get("firstChild")
	if !child.Truthy() || child.Get("nodeType").Int() != 3 || child.Get("nextSibling").Truthy() {
		return
	}
	if child.Get("nodeValue").String() != text {
		child.Set("nodeValue", text)
	}
}
