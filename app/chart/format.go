package chart

import (
	"math"
	"strconv"

	"wattledger/calc"
	"wattledger/content"
)

// Figures are written by package content, as the page writes them, so that
// a chart and the text around it agree to the digit: English "1,287 MWh",
// "4.29 billion"; Chinese "128.7万千瓦时", "42.9亿". The chart inputs carry no
// ranges except the CO2 bounds, so energies and times are written as content
// writes an exact figure; tonnes follow the range rule when a range is given.
// Units containing glyphs the chart font lacks (content's "t CO₂e") come from
// the chart catalogue instead.

// Lengths of time in hours, from calc's units.
const (
	hoursPerDay   = float64(calc.Day / calc.Hour)
	hoursPerWeek  = 7 * hoursPerDay
	hoursPerYear  = float64(calc.Year / calc.Hour)
	hoursPerMonth = hoursPerYear / 12
)

// tickFigures is enough significant figures for any tick plot.DefaultTicks
// or a power of ten gives, and few enough to cut float noise.
const tickFigures = 4

// energy formats an amount of electricity exactly as content.Energy does.
func energy(l content.Lang, kWh float64) string {
	return content.Energy(l, calc.Exact(calc.Energy(kWh)*calc.KilowattHour))
}

// tick writes an axis tick's value with content.Number: "1,000", "1 million",
// "1万". Whole ticks keep all their integer digits: content.Number rounds by
// dividing by an inexact power of ten when asked for fewer, which turns 10⁸
// into 99,999,999.99… and so "10000万" rather than "1亿".
func tick(l content.Lang, v float64) string {
	n := tickFigures
	if a := math.Abs(v); a >= 1 {
		n = max(n, 1+int(math.Floor(math.Log10(a))))
	}
	return content.Number(l, v, n)
}

// timeKeys names the chart catalogue's singular and plural messages for
// each of content.ReadableDuration's units.
var timeKeys = map[content.TimeUnit][2]string{
	content.Seconds: {"chart.time.second", "chart.time.seconds"},
	content.Minutes: {"chart.time.minute", "chart.time.minutes"},
	content.Hours:   {"chart.time.hour", "chart.time.hours"},
	content.Days:    {"chart.time.day", "chart.time.days"},
	content.Years:   {"chart.time.year", "chart.time.years"},
}

// hoursPer is the length of each of content.ReadableDuration's units.
var hoursPer = map[content.TimeUnit]float64{
	content.Seconds: 1.0 / 3600,
	content.Minutes: 1.0 / 60,
	content.Hours:   1,
	content.Days:    hoursPerDay,
	content.Years:   hoursPerYear,
}

// duration formats a running time in the unit content.ReadableDuration
// picks (seconds, minutes, hours, days or years), with the figures
// content.Duration gives an exact time, so that a bar reads as the page's
// table does ("7.1 minutes", not "0.119 hours"); the words come from the
// chart catalogue, in the singular for "1".
func duration(l content.Lang, hours float64) string {
	v, unit := content.ReadableDuration(calc.Duration(hours) * calc.Hour)
	return count(l, timeKeys[unit], content.Number(l, v, 3))
}

// count fills a catalogue message with a formatted number, in the singular
// (keys[0]) when it reads "1".
func count(l content.Lang, keys [2]string, n string) string {
	if n == "1" {
		return l.T(keys[0], "n", n)
	}
	return l.T(keys[1], "n", n)
}

// tonnes formats CO2e with content's figures for the range low–central–high
// (give low = high = 0 for none): "552 t", "552吨".
func tonnes(l content.Lang, low, central, high float64) string {
	r := calc.Range[float64]{Low: low, Central: central, High: high}
	if high == 0 {
		r = calc.Exact(central)
	}
	return l.T("chart.tonnes", "n", content.Count(l, r))
}

// plain writes v for CSV: up to six significant figures, no grouping, no
// exponent, so that spreadsheets read it as a number.
func plain(v float64) string {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 6, 64), 64)
	return strconv.FormatFloat(r, 'f', -1, 64)
}
