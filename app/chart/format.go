package chart

import (
	"math"
	"strconv"
	"strings"

	"wattledger/content"
)

// Numbers are shown to three significant figures. English groups thousands
// with commas and names energy with SI prefixes (1.29 GWh); Chinese counts in
// 万 (10⁴), 亿 (10⁸) and 万亿 (10¹²) and keeps 千瓦时 (1,290,000 kWh is
// 129万千瓦时), as Chinese statistics and news do.

// number formats v for people in language l.
func number(l content.Lang, v float64) string {
	if l == content.Chinese {
		return chineseNumber(v)
	}
	return grouped(sig3(v))
}

// chineseNumber writes v with 万, 亿 or 万亿 once it reaches 10,000; below
// that Chinese writes digits without separators.
func chineseNumber(v float64) string {
	a := math.Abs(v)
	for _, u := range []struct {
		size float64
		name string
	}{{1e12, "万亿"}, {1e8, "亿"}, {1e4, "万"}} {
		// 9,999.6 rounds to 1.00万, so compare after rounding.
		if roundSig(a, 3) >= u.size {
			return sig3(v/u.size) + u.name
		}
	}
	return sig3(v)
}

// sig3 writes v rounded to three significant figures without an exponent
// and without trailing zeros after the point: 3.2, 12, 0.045, 12300.
func sig3(v float64) string {
	if v == 0 {
		return "0"
	}
	r := roundSig(v, 3)
	decimals := 2 - int(math.Floor(math.Log10(math.Abs(r))))
	if decimals < 0 {
		decimals = 0
	}
	s := strconv.FormatFloat(r, 'f', decimals, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

func roundSig(v float64, digits int) float64 {
	if v == 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return v
	}
	scale := math.Pow(10, float64(digits-1)-math.Floor(math.Log10(math.Abs(v))))
	return math.Round(v*scale) / scale
}

// grouped puts commas between groups of three digits before the point.
func grouped(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	whole, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	for i, d := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	if hasFrac {
		b.WriteString("." + frac)
	}
	return sign + b.String()
}

// plain writes v for CSV: up to six significant figures, no grouping, no
// exponent, so that spreadsheets read it as a number.
func plain(v float64) string {
	return strconv.FormatFloat(roundSig(v, 6), 'f', -1, 64)
}

// siEnergy lists English energy units from Wh up, each 1000 times the last.
var siEnergy = []string{"Wh", "kWh", "MWh", "GWh", "TWh", "PWh"}

// energy formats an amount of electricity: "1.29 GWh", "129万千瓦时".
func energy(l content.Lang, kWh float64) string {
	if l == content.Chinese {
		return l.T("chart.energy.kwh", "n", chineseNumber(kWh))
	}
	v, unit := kWh*1000, 0 // start from Wh
	for unit < len(siEnergy)-1 && roundSig(math.Abs(v), 3) >= 1000 {
		v /= 1000
		unit++
	}
	return grouped(sig3(v)) + " " + siEnergy[unit]
}

// Lengths of time in hours.
const (
	hoursPerDay   = 24
	hoursPerWeek  = 7 * hoursPerDay
	hoursPerYear  = 365.25 * hoursPerDay
	hoursPerMonth = hoursPerYear / 12
)

// duration formats a running time in the unit a person would choose:
// minutes under an hour, hours under two days, days under two years, then
// years.
func duration(l content.Lang, hours float64) string {
	switch {
	case hours < 1:
		return count(l, "chart.time.minute", "chart.time.minutes", hours*60)
	case hours < 48:
		return count(l, "chart.time.hour", "chart.time.hours", hours)
	case hours < 730*hoursPerDay:
		return count(l, "chart.time.day", "chart.time.days", hours/hoursPerDay)
	default:
		return count(l, "chart.time.year", "chart.time.years", hours/hoursPerYear)
	}
}

// count fills a catalogue message with a number, in the singular when the
// number reads "1".
func count(l content.Lang, one, many string, n float64) string {
	s := number(l, n)
	if s == "1" {
		return l.T(one, "n", s)
	}
	return l.T(many, "n", s)
}

// tonnes formats an amount of CO2e: "552 t", "552吨".
func tonnes(l content.Lang, t float64) string {
	return l.T("chart.tonnes", "n", number(l, t))
}
