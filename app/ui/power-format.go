package ui

import (
	"wattledger/calc"
	"wattledger/content"
)

// The power page writes a campus's figures the way its readers meet them:
// a year of a campus in terawatt-hours in English (content.Energy would
// write 6,100 GWh), and a data centre's power in 兆瓦 and 吉瓦 in
// Chinese, as the industry and the press do (a 1吉瓦 campus); plants and
// national systems keep content.Power's 万千瓦 and 亿千瓦.

// figures is the significant figures of a range, as content writes them:
// four for an exact figure, three for a narrow range, else two.
func figures[T ~float64](r calc.Range[T]) int {
	switch w := r.RelativeWidth(); {
	case r.IsExact():
		return 4
	case w < 0.05:
		return 3
	}
	return 2
}

// annualEnergy formats a year's energy.
func annualEnergy(l content.Lang, r calc.Range[calc.Energy]) string {
	if l != content.English || r.Central < calc.TerawattHour {
		return content.Energy(l, r)
	}
	return content.Number(l, float64(r.Central/calc.TerawattHour), figures(r)) + " TWh"
}

// annualEnergyRange formats low–high: "4.4–7.9 TWh", "38亿–69亿千瓦时".
func annualEnergyRange(l content.Lang, r calc.Range[calc.Energy]) string {
	if l != content.English || r.Central < calc.TerawattHour {
		return content.EnergyRange(l, r)
	}
	n := figures(r)
	return content.Number(l, float64(r.Low/calc.TerawattHour), n) + content.RangeSeparator(l) + content.Number(l, float64(r.High/calc.TerawattHour), n) + " TWh"
}

// campusPower formats a campus's or a cluster's power.
func campusPower(l content.Lang, r calc.Range[calc.Power]) string {
	unit, scale, ok := campusUnit(l, r.Central)
	if !ok {
		return content.Power(l, r)
	}
	return content.Number(l, float64(r.Central/scale), figures(r)) + unit
}

// campusPowerRange formats low–high in the central value's unit: "88–190
// MW", "88～190兆瓦"; below 1 MW each end in its own unit.
func campusPowerRange(l content.Lang, r calc.Range[calc.Power]) string {
	unit, scale, ok := campusUnit(l, r.Central)
	if !ok {
		return content.JoinRange(l, content.Power(l, calc.Exact(r.Low)), content.Power(l, calc.Exact(r.High)))
	}
	n := figures(r)
	return content.Number(l, float64(r.Low/scale), n) + content.RangeSeparator(l) + content.Number(l, float64(r.High/scale), n) + unit
}

// campusUnit is the unit a campus's power p is written in, from 1 MW up.
func campusUnit(l content.Lang, p calc.Power) (unit string, scale calc.Power, ok bool) {
	switch {
	case p < calc.Megawatt:
		return "", 0, false
	case l == content.Chinese && p >= calc.Gigawatt:
		return "吉瓦", calc.Gigawatt, true
	case l == content.Chinese:
		return "兆瓦", calc.Megawatt, true
	case p >= calc.Gigawatt:
		return " GW", calc.Gigawatt, true
	}
	return " MW", calc.Megawatt, true
}
