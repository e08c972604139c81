package ui

import (
	"wattledger/app/estimate"
	"wattledger/app/ui/dom"
	"wattledger/calc"
	"wattledger/content"
)

const dash = "—"

func newResultView(l content.Lang, compact bool, o estimate.Outcome, ok bool) dom.Result {
	v := dom.Result{OK: ok, Title: runTitle(l, o),
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
			v.Du = l.T("result.du", "n", content.KilowattHours(l, e))
		}
		v.KWh, v.KWhLow, v.KWhHigh = dom.Number(e.Central.KilowattHours()), dom.Number(e.Low.KilowattHours()), dom.Number(e.High.KilowattHours())
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
	v.Facts = []dom.Fact{
		{ID: "co2", Term: l.T("result.co2"), Value: value(func() string { return content.Mass(l, res.Emissions) }),
			DataName: "kg", DataValue: dom.Number(res.Emissions.Central.Kilograms()),
			Note: note(l.T("result.co2.note", "grid", content.Number(l, o.Scenario.Grid.Central.GramsPerKWh(), 3)))},
		{ID: "households", Term: l.T(householdKey(o), "region", o.Region.NameInText(l)),
			Value:    value(func() string { return content.Count(l, cmp.HouseholdYears) }),
			DataName: "value", DataValue: dom.Number(cmp.HouseholdYears.Central),
			Note: note(householdNote(l, o))},
		{ID: "country-share", Term: l.T("result.share", "region", o.Region.NameInText(l)),
			Value:    value(func() string { return content.Share(l, cmp.Region.SharePercent) }),
			DataName: "percent", DataValue: dom.Number(cmp.Region.SharePercent.Central),
			Note: note(content.Capitalise(l.T("result.share.note", "region", o.Region.NameInText(l), "time", content.Duration(l, cmp.Region.Consumption))))},
		powerFact(l, o, ok, note),
	}
	if !ok {
		for i := range v.Facts {
			v.Facts[i].DataName, v.Facts[i].DataValue = "", ""
		}
	}
	if ok && o.Method == calc.MethodInference {
		b := o.BreakEven
		v.BreakEven = l.T("result.breakeven", "name", o.TrainingTitle(l), "training", content.Energy(l, o.Training.Energy),
			"queries", content.Count(l, b.Queries), "time", content.Duration(l, b.Time))
	}
	return v
}

// runTitle heads the result: the run's name (estimate.Outcome.Title), in
// the method's phrasing ("Training GPT-3 (175B)").
func runTitle(l content.Lang, o estimate.Outcome) string {
	return l.T("result.title."+string(o.Method), "name", o.Title(l))
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
	return l.T(key, "kwh", content.Number(l, h.KWhPerYear.Value, 3), "region", region.NameInText(l), "chosen", o.Region.NameInText(l))
}

// powerFact is the cluster's continuous draw, or why it is unknown.
func powerFact(l content.Lang, o estimate.Outcome, ok bool, note func(string) string) dom.Fact {
	p := o.Result.Power
	if ok && p.Central == 0 {
		return dom.Fact{ID: "power-mw", Term: l.T("result.power"), Value: l.T("result.power.unknown")}
	}
	f := dom.Fact{ID: "power-mw", Term: l.T("result.power"), Value: dash, DataName: "mw", DataValue: dom.Number(p.Central.Megawatts())}
	if !ok {
		return f
	}
	f.Value = content.Power(l, p)
	f.Note = note(powerNote(l, o))
	return f
}

// reactorNoteFrom is the share of a large reactor's average output from
// which the note compares the cluster with the reactor; below it, a
// fraction such as "0.393% of a reactor" says little, and homes drawing as
// much read better.
const reactorNoteFrom = 0.1

// powerNote puts the cluster's draw in terms a reader grasps: the homes
// (or, where the table counts people, the people) of the compared region
// drawing as much on average, or, for a cluster that is a sizeable part
// of one, a large reactor's average output. The exact figures stay in the
// data attributes and the power-source table.
func powerNote(l content.Lang, o estimate.Outcome) string {
	p := o.Result.Power
	if i, found := sourceIndex("nuclear"); found {
		if reactor := o.Comparisons.Sources[i].UnitsForPower; reactor.Central >= reactorNoteFrom {
			size := content.PlantCapacity(l, calc.Exact(calc.Power(content.PowerSources[i].UnitCapacityMW.Value)*calc.Megawatt))
			return l.T("result.power.note", "share", content.FractionShare(l, reactor), "size", size)
		}
	}
	h := o.Household
	perHome := (calc.Energy(h.KWhPerYear.Value) * calc.KilowattHour).Per(calc.PlanningYear) // drawn on average
	if !(perHome > 0) {
		return ""
	}
	homes := calc.Range[float64]{Low: float64(p.Low / perHome), Central: float64(p.Central / perHome), High: float64(p.High / perHome)}
	region, _ := content.CountryByISO(h.Region)
	return l.T("result.power.note."+string(h.Unit), "count", content.Count(l, homes), "region", region.NameInText(l))
}
