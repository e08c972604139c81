package content

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"wattledger/calc"
)

// Figures are rounded to what their range supports and what a reader
// takes in (content/STYLE.md): an exact figure or a range narrower than
// ±2.5% keeps three significant figures, anything wider two. Counts of
// things are written exactly (ExactCount), and the tables' own values keep
// the figures their source states (FormatParamValue).
func sigFigs[T ~float64](r calc.Range[T]) int {
	if r.RelativeWidth() < 0.05 {
		return 3
	}
	return 2
}

// round returns v rounded to n significant figures.
func round(v float64, n int) float64 {
	if v == 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		return v
	}
	// Scale by an exact power of ten in the direction that keeps it an
	// integer: dividing by 1e5 is exact where multiplying by 1e-5 is not,
	// and 1e8 must round to 1e8, not 99999999.99999999.
	e := n - 1 - int(math.Floor(math.Log10(math.Abs(v))))
	if e >= 0 {
		p := math.Pow10(e)
		return math.Round(v*p) / p
	}
	q := math.Pow10(-e)
	return math.Round(v/q) * q
}

// plain writes v (already rounded) without exponent or float noise, with
// English thousands separators when group is true.
func plain(v float64, group bool) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if !group {
		return s
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, d := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	out := b.String()
	if frac != "" {
		out += "." + frac
	}
	if neg {
		out = "-" + out
	}
	return out
}

// Number formats a plain count in language l with n significant figures:
// English "1,287", "4.29 billion"; Chinese "1287", "42.9亿", "1.2万亿".
func Number(l Lang, v float64, n int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "—"
	}
	v = round(v, n)
	if math.Abs(v) >= 1e16 {
		// Past 1亿亿 / ten thousand trillion no word reads: "10³⁵", not
		// "100,000,000,000,000,000,000,000 trillion".
		return scientific(v, n)
	}
	if l == Chinese {
		return chineseScale(v)
	}
	a := math.Abs(v)
	for _, s := range []struct {
		at   float64
		word string
	}{{1e12, " trillion"}, {1e9, " billion"}, {1e6, " million"}} {
		if a >= s.at {
			return plain(round(v/s.at, n), true) + s.word
		}
	}
	return plain(v, true)
}

// chineseScale writes v with 万 (10^4), 亿 (10^8) and 万亿 (10^12), the way
// Chinese counts; numbers under 10,000 are written without separators.
func chineseScale(v float64) string {
	a := math.Abs(v)
	switch {
	case a >= 1e12:
		return trimFloat(v/1e12) + "万亿"
	case a >= 1e8:
		return trimFloat(v/1e8) + "亿"
	case a >= 1e4:
		return trimFloat(v/1e4) + "万"
	}
	return trimFloat(v)
}

// trimFloat writes a rounded value, cutting float noise such as 128.70000000000002.
func trimFloat(v float64) string { return plain(round(v, 12), false) }

// Count formats a range's central value as a count: household-years,
// queries.
func Count(l Lang, r calc.Range[float64]) string { return Number(l, r.Central, sigFigs(r)) }

// ExactCount writes a whole number of things as it is: "16,384", "16384";
// Chinese uses 万 and 亿 only for a round number that reads shorter that
// way ("1万", "2.5万", but "16384", not "1.6384万"). Fractions and counts
// beyond 10^12 fall back to Number.
func ExactCount(l Lang, v float64) string {
	if v != math.Trunc(v) || math.Abs(v) >= 1e12 {
		return Number(l, v, 4)
	}
	if l == Chinese {
		if round(v, 3) == v {
			return chineseScale(v)
		}
		return plain(v, false)
	}
	return plain(v, true)
}

// Energy formats an energy range's central value. English picks the unit
// that keeps the number between 1 and 9,999 ("1,287 MWh"); Chinese counts
// 千瓦时 with 万 and 亿 ("128.7万千瓦时"), and 瓦时 below one kWh.
func Energy(l Lang, r calc.Range[calc.Energy]) string {
	return energyValue(l, r.Central, sigFigs(r))
}

// EnergyRange formats low–high: "1,100–1,600 MWh", "110万～160万千瓦时".
// Chinese joins a range with "～" and writes both ends in the high end's
// unit, so 500瓦时 to 2千瓦时 cannot come out as "500～2千瓦时".
func EnergyRange(l Lang, r calc.Range[calc.Energy]) string {
	if r.IsExact() {
		return Energy(l, r)
	}
	n := sigFigs(r)
	if l == Chinese {
		unit, scale := "千瓦时", calc.KilowattHour
		if r.High < calc.KilowattHour {
			unit, scale = "瓦时", calc.WattHour
		}
		return Number(l, float64(r.Low/scale), n) + RangeSeparator(l) + Number(l, float64(r.High/scale), n) + unit
	}
	unit, scale := englishEnergyUnit(r.High)
	return plain(round(float64(r.Low/scale), n), true) + "–" + plain(round(float64(r.High/scale), n), true) + " " + unit
}

// RangeSeparator joins the ends of a range: an en dash in English, a
// full-width tilde in Chinese (GB/T 15834).
func RangeSeparator(l Lang) string {
	if l == Chinese {
		return "～"
	}
	return "–"
}

// JoinRange joins two formatted bounds with the unit written once, as the
// house style asks: a unit both ends share is kept on the high end only
// ("1200吉瓦", "1330吉瓦" → "1200～1330吉瓦"; "3300亿千瓦时", "5800亿千瓦时" →
// "3300亿～5800亿千瓦时" keeps 亿, a scale, on both), and one both start with
// on the low end only ("每千瓦时0.0623美元", "每千瓦时0.0892美元" →
// "每千瓦时0.0623～0.0892美元"). Bounds in different units stay whole.
func JoinRange(l Lang, low, high string) string {
	suffix := sharedUnit(low, high, func(s string, n int) string { return s[len(s)-n:] }, strings.HasSuffix)
	prefix := sharedUnit(low, high, func(s string, n int) string { return s[:n] }, strings.HasPrefix)
	if !numberEnd(strings.TrimSuffix(low, suffix), true) || !numberEnd(strings.TrimSuffix(high, suffix), true) {
		suffix = ""
	}
	if !numberEnd(strings.TrimPrefix(low, prefix), false) || !numberEnd(strings.TrimPrefix(high, prefix), false) {
		prefix = ""
	}
	if len(suffix)+len(prefix) >= min(len(low), len(high)) {
		return low + RangeSeparator(l) + high
	}
	return strings.TrimSuffix(low, suffix) + RangeSeparator(l) + strings.TrimPrefix(high, prefix)
}

// numberEnd reports whether s ends (last) or starts with part of a number:
// a shared end cut inside a unit ("千瓦" and "兆瓦" share "瓦") is no unit.
func numberEnd(s string, last bool) bool {
	var r rune
	if last {
		r, _ = utf8.DecodeLastRuneInString(s)
	} else {
		r, _ = utf8.DecodeRuneInString(s)
	}
	return strings.ContainsRune("0123456789.-−+万亿 ", r)
}

// sharedUnit is the longest end (cut by part, tested by has) that a and b
// share and that holds no digit, sign, decimal point or Chinese scale: the
// unit, not part of the number.
func sharedUnit(a, b string, part func(string, int) string, has func(string, string) bool) string {
	best := ""
	for n := 1; n <= len(a); n++ {
		end := part(a, n)
		if !utf8.ValidString(end) {
			continue
		}
		if strings.ContainsAny(end, "0123456789.,-−+万亿") || !has(b, end) {
			break
		}
		best = end
	}
	return best
}

// KilowattHours is the central energy as a number of kWh (度), rounded as
// Energy rounds it, so a card that says 230万千瓦时 says 230万度, not 234万.
func KilowattHours(l Lang, r calc.Range[calc.Energy]) string {
	return Number(l, r.Central.KilowattHours(), sigFigs(r))
}

func energyValue(l Lang, e calc.Energy, n int) string {
	if l == Chinese {
		if e < calc.KilowattHour {
			return Number(l, e.WattHours(), n) + "瓦时"
		}
		return Number(l, e.KilowattHours(), n) + "千瓦时"
	}
	unit, scale := englishEnergyUnit(e)
	return plain(round(float64(e/scale), n), true) + " " + unit
}

func englishEnergyUnit(e calc.Energy) (string, calc.Energy) {
	if e < calc.KilowattHour {
		return "Wh", calc.WattHour
	}
	// The smallest unit that keeps the number under 10,000: "1,287 MWh"
	// reads better than "1.287 GWh".
	units := []struct {
		name  string
		scale calc.Energy
	}{{"kWh", calc.KilowattHour}, {"MWh", calc.MegawattHour}, {"GWh", calc.GigawattHour}}
	for _, u := range units {
		if e < 1e4*u.scale {
			return u.name, u.scale
		}
	}
	return "TWh", calc.TerawattHour
}

// Mass formats CO2e: "552 t CO₂e", "1.2 million t CO₂e"; "552吨二氧化碳当量",
// "1.1万吨二氧化碳当量".
func Mass(l Lang, r calc.Range[calc.Mass]) string {
	n := sigFigs(r)
	m := r.Central
	if l == Chinese {
		switch {
		case m < calc.Kilogram:
			return Number(l, float64(m/calc.Gram), n) + "克二氧化碳当量"
		case m < calc.Tonne:
			return Number(l, m.Kilograms(), n) + "千克二氧化碳当量"
		}
		return Number(l, m.Tonnes(), n) + "吨二氧化碳当量"
	}
	switch {
	case m < calc.Kilogram:
		return Number(l, float64(m/calc.Gram), n) + " g CO₂e"
	case m < calc.Tonne:
		return Number(l, m.Kilograms(), n) + " kg CO₂e"
	}
	return Number(l, m.Tonnes(), n) + " t CO₂e"
}

// Percent formats a share with as many decimals as it needs to show two
// significant figures: "0.0032%", "4.5%", "120%".
func Percent(l Lang, r calc.Range[float64]) string {
	return plain(round(r.Central, min(sigFigs(r), 3)), l == English) + "%"
}

// Share formats a share of a whole (a percentage) for a reader: "4.4%",
// and below 0.01%, where a percentage needs a row of zeros, as parts in
// the power of ten that puts the number between 1 and 10: "6 parts in a
// million", "2.9 parts in 10 million", "百万分之六", "千万分之2.9"
// (STYLE.md, "Shares"). Tables and data attributes keep the percentage
// (Percent).
func Share(l Lang, r calc.Range[float64]) string {
	c := r.Central
	if c >= 0.01 || c <= 0 {
		return Percent(l, r)
	}
	n := min(sigFigs(r), 2)
	// 十万分之 (10^5) to 百亿分之 (10^10): the first denominator that
	// makes the rounded number at least 1; past 10^10 it stays under 1.
	d, v := 5, 0.0
	for ; d <= 10; d++ {
		if v = round(c*math.Pow10(d-2), n); v >= 1 || d == 10 {
			break
		}
	}
	if l == Chinese && v == math.Trunc(v) && v >= 1 && v <= 10 {
		return l.T(shareKey(d, "parts"), "n", string([]rune("一二三四五六七八九十")[int(v)-1]))
	}
	number := Number(l, v, n)
	if number == "1" {
		return l.T(shareKey(d, "part"), "n", number)
	}
	return l.T(shareKey(d, "parts"), "n", number)
}

// shareKey names the units catalogue's text for parts in 10^d:
// unit.parts.e6 is "{n} parts in a million", unit.part.e6 its singular.
func shareKey(d int, parts string) string { return "unit." + parts + ".e" + strconv.Itoa(d) }

// FractionShare is Share for a fraction of one (0.012 → "1.2%"): a run's
// draw as a part of one plant's output, which "0.012" does not say.
func FractionShare(l Lang, r calc.Range[float64]) string {
	return Share(l, calc.Range[float64]{Low: 100 * r.Low, Central: 100 * r.Central, High: 100 * r.High})
}

// Power formats the draw of a chip, a cluster or a campus: English in W,
// kW, MW or GW; Chinese in 瓦, 千瓦, 兆瓦 and 吉瓦, as Chinese writes about
// data centres. Power plants' capacities use PlantCapacity.
func Power(l Lang, r calc.Range[calc.Power]) string {
	n := sigFigs(r)
	p := r.Central
	if l == Chinese {
		switch {
		case p >= calc.Gigawatt:
			return Number(l, float64(p/calc.Gigawatt), n) + "吉瓦"
		case p >= calc.Megawatt:
			return Number(l, p.Megawatts(), n) + "兆瓦"
		case p >= calc.Kilowatt:
			return Number(l, float64(p/calc.Kilowatt), n) + "千瓦"
		}
		return Number(l, p.Watts(), n) + "瓦"
	}
	units := []struct {
		name  string
		scale calc.Power
	}{{"GW", calc.Gigawatt}, {"MW", calc.Megawatt}, {"kW", calc.Kilowatt}, {"W", calc.Watt}}
	for _, u := range units {
		if p >= u.scale || u.scale == calc.Watt {
			return Number(l, float64(p/u.scale), n) + " " + u.name
		}
	}
	return ""
}

// PlantCapacity formats a power plant's (or a fleet's) installed capacity:
// as Power in English; in Chinese counted in 千瓦 with 万 and 亿 from
// 10 MW up, as Chinese writes plant capacities (a 1 GW reactor is a
// 100万千瓦 unit, China's fleet 33.5亿千瓦, not 33.5万万千瓦).
func PlantCapacity(l Lang, r calc.Range[calc.Power]) string {
	if l == Chinese && r.Central >= 10*calc.Megawatt {
		return Number(l, float64(r.Central/calc.Kilowatt), sigFigs(r)) + "千瓦"
	}
	return Power(l, r)
}

// Doubling writes a doubling time as the AI literature quotes it: in months
// under two years, else in years, with two significant figures.
func Doubling(l Lang, years float64) string {
	v, unit := years, "unit.year"
	if years < 2 {
		v, unit = years*12, "unit.month"
	}
	if round(v, 2) != 1 {
		unit += "s"
	}
	return l.T(unit, "n", Number(l, v, 2))
}

// TimeUnit is how a duration is best read: in seconds, minutes, hours,
// days or years.
type TimeUnit string

// The units of NaturalDuration. The strings are the DOM contract's data-unit.
const (
	Hours TimeUnit = "hours"
	Days  TimeUnit = "days"
	Years TimeUnit = "years"
)

// The units ReadableDuration adds under an hour.
const (
	Seconds TimeUnit = "seconds"
	Minutes TimeUnit = "minutes"
)

// NaturalDuration picks the unit people would use: hours up to two days,
// days up to two years, then years.
func NaturalDuration(d calc.Duration) (float64, TimeUnit) {
	switch {
	case d < 48*calc.Hour:
		return d.Hours(), Hours
	case d < 2*calc.Year:
		return d.Days(), Days
	}
	return d.Years(), Years
}

// ReadableDuration is the unit a reader expects: NaturalDuration's, but
// minutes under an hour and seconds under a minute, so that the Three
// Gorges dam runs "7.1 minutes" (7.1分钟), not "0.119 hours" (0.119小时).
// Everything written for a reader goes through it, the text (Duration) and
// the charts alike; the DOM contract's data-unit stays NaturalDuration's,
// because scripts read those attributes in hours.
func ReadableDuration(d calc.Duration) (float64, TimeUnit) {
	switch {
	case d < calc.Minute:
		return float64(d / calc.Second), Seconds
	case d < calc.Hour:
		return float64(d / calc.Minute), Minutes
	}
	return NaturalDuration(d)
}

// Duration formats a duration in its readable unit: "1.4 hours", "3.2天",
// "9.3 seconds", "7.1分钟".
func Duration(l Lang, r calc.Range[calc.Duration]) string {
	v, unit := ReadableDuration(r.Central)
	return durationText(l, string(unit), Number(l, v, min(sigFigs(r), 3)))
}

// durationText is a number of a time unit, the unit in the singular for
// exactly one ("1 hour", not "1 hours"): key unit.hour beside unit.hours.
func durationText(l Lang, unit, number string) string {
	if number == "1" {
		unit = strings.TrimSuffix(unit, "s")
	}
	return l.T("unit."+unit, "n", number)
}

// Area formats land in km² (平方公里), or hectares (公顷) below one km².
func Area(l Lang, r calc.Range[calc.Area]) string {
	n := sigFigs(r)
	if r.Central < calc.SquareKilometre {
		return l.T("unit.hectares", "n", Number(l, float64(r.Central/calc.Hectare), n))
	}
	return l.T("unit.km2", "n", Number(l, r.Central.SquareKilometres(), n))
}
