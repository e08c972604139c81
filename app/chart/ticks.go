package chart

import (
	"math"
	"strconv"

	"gonum.org/v1/plot"

	"wattledger/content"
)

// decadeTicks marks a log axis at powers of ten, labelled by label. When
// the axis spans more decades than maxLabels, only every second (third …)
// power is labelled and the rest are minor ticks.
type decadeTicks struct {
	label     func(float64) string
	maxLabels int
}

func (t decadeTicks) Ticks(min, max float64) []plot.Tick {
	lo, hi := int(math.Ceil(math.Log10(min)-1e-9)), int(math.Floor(math.Log10(max)+1e-9))
	step := (hi - lo + t.maxLabels) / t.maxLabels // ceil((hi-lo+1)/maxLabels)
	var ticks []plot.Tick
	for e := lo; e <= hi; e++ {
		v := math.Pow(10, float64(e))
		tick := plot.Tick{Value: v}
		if (e-lo)%step == 0 {
			tick.Label = t.label(v)
		}
		ticks = append(ticks, tick)
	}
	return ticks
}

// logBase is the power of ten at or below v, where a log axis starts.
func logBase(v float64) float64 { return math.Pow(10, math.Floor(math.Log10(v)+1e-9)) }

// logBarBase is where bars start on a log axis: the power of ten at or
// below a third of the smallest value, so that the shortest bar is at
// least half a decade long and visible.
func logBarBase(smallest float64) float64 { return logBase(smallest / 3) }

// niceTicks marks a linear axis where plot.DefaultTicks would, with labels
// formatted for the language; past maxLabels, every second (third …) label
// is left out, counted from the first.
type niceTicks struct {
	label     func(float64) string
	maxLabels int
}

func (t niceTicks) Ticks(min, max float64) []plot.Tick {
	ticks := plot.DefaultTicks{}.Ticks(min, max)
	major := 0
	for _, tk := range ticks {
		if !tk.IsMinor() {
			major++
		}
	}
	step, n := (major+t.maxLabels-1)/t.maxLabels, 0
	for i := range ticks {
		if ticks[i].IsMinor() {
			continue
		}
		if n%step == 0 {
			ticks[i].Label = t.label(ticks[i].Value)
		} else {
			ticks[i].Label = ""
		}
		n++
	}
	return ticks
}

// yearTicks marks whole years, every 1, 2 or 5 years so that at most
// maxLabels+2 are labelled (years are short labels).
type yearTicks struct{ maxLabels int }

func (t yearTicks) Ticks(min, max float64) []plot.Tick {
	first, last := int(math.Ceil(min)), int(math.Floor(max))
	step := 1
	for _, s := range []int{1, 2, 5, 10, 20} {
		step = s
		if (last-first)/s+1 <= t.maxLabels+2 {
			break
		}
	}
	var ticks []plot.Tick
	for y := first; y <= last; y++ {
		tick := plot.Tick{Value: float64(y)}
		if y%step == 0 {
			tick.Label = strconv.Itoa(y)
		}
		ticks = append(ticks, tick)
	}
	return ticks
}

// timeTicks marks a log axis of hours at lengths of time people know: a
// minute, an hour, a day, a week, a month, a year, then 10, 100 … years.
type timeTicks struct {
	lang      content.Lang
	maxLabels int
}

type timeMark struct {
	hours float64
	label string
	// rank says which labels go first when the axis is crowded: week,
	// month and minute (1), then every other power of ten years (2).
	rank int
}

func (t timeTicks) marks() []timeMark {
	l := t.lang
	marks := []timeMark{
		{1.0 / 60, l.T("chart.time.minute", "n", "1"), 1},
		{1, l.T("chart.time.hour", "n", "1"), 0},
		{hoursPerDay, l.T("chart.time.day", "n", "1"), 0},
		{hoursPerWeek, l.T("chart.time.week", "n", "1"), 1},
		{hoursPerMonth, l.T("chart.time.month", "n", "1"), 1},
		{hoursPerYear, l.T("chart.time.year", "n", "1"), 0},
	}
	for e, years := 1, 10.0; e <= 9; e, years = e+1, years*10 {
		marks = append(marks, timeMark{years * hoursPerYear, l.T("chart.time.years", "n", tick(l, years)), 2 * (e % 2)})
	}
	return marks
}

func (t timeTicks) Ticks(min, max float64) []plot.Tick {
	var in []timeMark
	for _, m := range t.marks() {
		if m.hours >= min*(1-1e-9) && m.hours <= max*(1+1e-9) {
			in = append(in, m)
		}
	}
	// Drop labels rank by rank until few enough remain.
	keep := 2
	for keep > 0 && countRanked(in, keep) > t.maxLabels {
		keep--
	}
	var ticks []plot.Tick
	for _, m := range in {
		tick := plot.Tick{Value: m.hours}
		if m.rank <= keep {
			tick.Label = m.label
		}
		ticks = append(ticks, tick)
	}
	return ticks
}

func countRanked(marks []timeMark, maxRank int) int {
	n := 0
	for _, m := range marks {
		if m.rank <= maxRank {
			n++
		}
	}
	return n
}

// base is the largest marked length of time at or below hours, so that a
// log axis of time starts at a labelled tick.
func (t timeTicks) base(hours float64) float64 {
	b := logBase(hours)
	for _, m := range t.marks() {
		if m.hours <= hours {
			b = m.hours
		}
	}
	return b
}
