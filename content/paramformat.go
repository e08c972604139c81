package content

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"wattledger/calc"
)

// FormatParam writes a table value with its unit in language l, with n
// significant figures: "400 W", "1万块加速卡", "3.14 × 10²³ FLOP". Every unit
// used in the tables has a case here; a test checks that none falls through.
func FormatParam(l Lang, v float64, unit string, n int) string {
	s, _ := formatParam(l, v, unit, n)
	return s
}

// formatParam reports false when the unit is unknown and the raw unit was
// appended as a last resort.
func formatParam(l Lang, v float64, unit string, n int) (string, bool) {
	s, ok := formatKnownUnit(l, v, unit, n)
	if ok {
		return s, true
	}
	key := "unit." + unit
	if l.Has(key) {
		return l.T(key, "n", Number(l, v, n)), true
	}
	return Number(l, v, n) + " " + unit, false
}

func formatKnownUnit(l Lang, v float64, unit string, n int) (string, bool) {
	exact := func(x float64) calc.Range[float64] { return calc.Exact(x) }
	switch unit {
	case "Wh":
		return energyValue(l, calc.Energy(v)*calc.WattHour, n), true
	case "kWh":
		return energyValue(l, calc.Energy(v)*calc.KilowattHour, n), true
	case "MWh":
		return energyValue(l, calc.Energy(v)*calc.MegawattHour, n), true
	case "TWh":
		return energyValue(l, calc.Energy(v)*calc.TerawattHour, n), true
	case "W", "MW", "GW":
		scale := map[string]calc.Power{"W": calc.Watt, "MW": calc.Megawatt, "GW": calc.Gigawatt}[unit]
		return Power(l, calc.Exact(calc.Power(v)*scale)), true
	case "MWe", "GWe":
		scale := map[string]calc.Power{"MWe": calc.Megawatt, "GWe": calc.Gigawatt}[unit]
		return PlantCapacity(l, calc.Exact(calc.Power(v)*scale)), true
	case "tCO2e":
		return Mass(l, calc.Exact(calc.Mass(v)*calc.Tonne)), true
	case "h":
		return Duration(l, calc.Exact(calc.Duration(v)*calc.Hour)), true
	case "days":
		return Duration(l, calc.Exact(calc.Duration(v)*calc.Day)), true
	case "%":
		return Percent(l, exact(v)), true
	case "fraction":
		return Percent(l, exact(v*100)), true
	case "":
		return Number(l, v, n), true
	case "accelerators", "people":
		return l.T("unit."+unit, "n", ExactCount(l, v)), true
	case "FLOP":
		return l.T("unit.flop", "n", scientific(v, n)), true
	case "FLOP/s":
		if l == Chinese {
			return l.T("unit.flops", "n", Number(l, v, n)), true
		}
		return l.T("unit.flops", "n", Number(l, v/1e12, n)), true
	}
	return "", false
}

// FormatParamValue writes a Param with as many figures as it states.
func FormatParamValue(l Lang, p Param) string { return FormatParam(l, p.Value, p.Unit, 4) }

// scientific writes v as "3.14 × 10²³" with n significant figures.
func scientific(v float64, n int) string {
	if v == 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		return plain(v, false)
	}
	exp := int(math.Floor(math.Log10(math.Abs(v))))
	mant := round(v/math.Pow(10, float64(exp)), n)
	if mant >= 10 {
		mant, exp = mant/10, exp+1
	}
	if exp < 6 && exp > -4 {
		return plain(round(v, n), true)
	}
	return trimFloat(mant) + " × 10" + superscript(exp)
}

func superscript(n int) string {
	digits := []rune("⁰¹²³⁴⁵⁶⁷⁸⁹")
	var b strings.Builder
	if n < 0 {
		b.WriteRune('⁻')
		n = -n
	}
	for _, d := range strconv.Itoa(n) {
		b.WriteRune(digits[d-'0'])
	}
	return b.String()
}

// FormatParamRange writes a Param's low–high range with its unit, for the
// places that mean the spread rather than the centre: "1.1–1.4",
// "330–580 TWh", "3300亿～5800亿千瓦时". It is an error to ask for the range
// of a figure without one, or in a unit no range is written for.
func FormatParamRange(l Lang, p Param) (string, error) {
	if !p.HasRange() {
		return "", fmt.Errorf("%s %s has no range", trimFloat(p.Value), p.Unit)
	}
	scale := map[string]calc.Energy{"Wh": calc.WattHour, "kWh": calc.KilowattHour, "MWh": calc.MegawattHour, "TWh": calc.TerawattHour}
	if s, ok := scale[p.Unit]; ok {
		return EnergyRange(l, calc.Range[calc.Energy]{Low: calc.Energy(p.Low) * s, Central: calc.Energy(p.Value) * s, High: calc.Energy(p.High) * s}), nil
	}
	r := calc.Range[float64]{Low: p.Low, Central: p.Value, High: p.High}
	n := sigFigs(r)
	switch p.Unit {
	case "":
		return Number(l, p.Low, n) + RangeSeparator(l) + Number(l, p.High, n), nil
	case "%", "fraction":
		k := 1.0
		if p.Unit == "fraction" {
			k = 100
		}
		return Number(l, k*p.Low, n) + "%" + RangeSeparator(l) + Number(l, k*p.High, n) + "%", nil
	}
	return "", fmt.Errorf("no range format for unit %q", p.Unit)
}

// FormatParamPercent writes a fraction (0.76, unit "" or "fraction") as the
// share it is: "76%". Anything else is an error: a ratio such as a PUE of
// 1.1 is not a share.
func FormatParamPercent(l Lang, p Param) (string, error) {
	if (p.Unit != "" && p.Unit != "fraction") || p.Value < 0 || p.Value > 1 {
		return "", fmt.Errorf("%s %s is not a fraction", trimFloat(p.Value), p.Unit)
	}
	return Percent(l, calc.Exact(p.Value*100)), nil
}
