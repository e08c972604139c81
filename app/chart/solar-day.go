package chart

import (
	"fmt"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg/draw"

	"wattledger/calc"
	"wattledger/content"
)

// SolarDayInput is one design day of a solar + storage plant, as
// calc.SolarDay gives it: equal steps from midnight solar time.
type SolarDayInput struct {
	StepHours float64
	// PVGW and LoadGW are the plant's output and the campus's draw;
	// ChargeGWh is the battery's state at the end of each step.
	PVGW, LoadGW, ChargeGWh []float64
	// BuiltPVGW and BatteryGWh are the plant as built, for the subtitle.
	BuiltPVGW, BatteryGWh float64
}

// SolarDay draws the design day: PV output, the flat load and the
// battery's charge over 24 hours, on one axis (GW for power, GWh for the
// battery: for a flat load the two read on the same scale).
func SolarDay(in SolarDayInput, l content.Lang) (Chart, error) {
	n := len(in.PVGW)
	if n == 0 || len(in.LoadGW) != n || len(in.ChargeGWh) != n || !positive(in.StepHours) {
		return Chart{}, fmt.Errorf("chart: solar day: %d, %d and %d steps of %v h", n, len(in.LoadGW), len(in.ChargeGWh), in.StepHours)
	}
	series := [3]plotter.XYs{}
	for i := range series {
		series[i] = make(plotter.XYs, n+1)
	}
	// Each series starts at midnight with the last step's value: the day
	// repeats.
	for k := 0; k <= n; k++ {
		i := (k + n - 1) % n
		x := float64(k) * in.StepHours
		for j, v := range []float64{in.PVGW[i], in.LoadGW[i], in.ChargeGWh[i]} {
			if v < 0 || math.IsNaN(v) || v > 1e9 {
				return Chart{}, fmt.Errorf("chart: solar day: value %v at step %d", v, i)
			}
			series[j][k].X, series[j][k].Y = x, v
		}
	}
	colours := []struct {
		key    string
		colour draw.LineStyle
		mark   keyMark
	}{
		{"chart.solarday.pv", draw.LineStyle{Color: highlight, Width: 2.2}, keyBox},
		{"chart.solarday.load", draw.LineStyle{Color: ink, Width: 1.6}, keyDash},
		{"chart.solarday.charge", draw.LineStyle{Color: blue, Width: 2.2}, keyBox},
	}
	var keys []legendKey
	var lines []plot.Plotter
	for i, c := range colours {
		line, err := plotter.NewLine(series[i])
		if err != nil {
			return Chart{}, fmt.Errorf("chart: solar day: %w", err)
		}
		line.LineStyle = c.colour
		if c.mark == keyDash {
			line.LineStyle = trendStyle(ink)
		}
		lines = append(lines, line)
		keys = append(keys, legendKey{l.T(c.key), c.colour.Color, c.mark})
	}
	plotFor := func(m metrics) *plot.Plot {
		p := newPlot(m)
		p.Add(gridLines{})
		p.Add(lines...)
		p.X.Min, p.X.Max = 0, 24
		p.X.Tick.Marker = hourTicks{}
		if m.phone {
			p.X.Tick.Marker = hourTicks{every: 6}
		}
		p.X.Label.Text = l.T("chart.solarday.axis.x")
		p.Y.Min = 0
		p.Y.Tick.Marker = niceTicks{func(v float64) string { return tick(l, v) }, m.maxLabels}
		return p
	}

	table := Table{
		Caption: l.T("chart.solarday.title"),
		Header:  []string{l.T("chart.solarday.table.hour"), l.T("chart.solarday.table.pv"), l.T("chart.solarday.table.load"), l.T("chart.solarday.table.charge")},
	}
	perHour := int(1/in.StepHours + 0.5)
	for k := perHour; k <= n; k += max(perHour, 1) {
		i := k - 1
		table.Rows = append(table.Rows, []string{fmt.Sprint(k / max(perHour, 1)), plain(in.PVGW[i]), plain(in.LoadGW[i]), plain(in.ChargeGWh[i])})
	}
	load := 0.0
	if n > 0 {
		load = in.LoadGW[0]
	}
	subtitle := l.T("chart.solarday.subtitle", "pv", capacity(l, roundTo(in.BuiltPVGW, 2), false),
		"storage", content.Energy(l, gwhRange(roundTo(in.BatteryGWh, 2))), "load", capacity(l, roundTo(load, 3), true))
	return newChart(table, func(m metrics) *frame {
		return &frame{
			m:         m,
			lang:      l,
			title:     l.T("chart.solarday.title"),
			subtitle:  subtitle,
			keys:      keys,
			yLabel:    l.T("chart.solarday.axis.power"),
			source:    l.T("chart.solarday.source"),
			plot:      plotFor(m),
			phonePlot: phoneScatterHeight,
		}
	})
}

// hourTicks marks solar time every hour, labelled every 3 hours (every
// 6 on a phone) from 0 to 24.
type hourTicks struct{ every int }

func (t hourTicks) Ticks(_, _ float64) []plot.Tick {
	every := max(t.every, 3)
	var ticks []plot.Tick
	for h := 0; h <= 24; h++ {
		t := plot.Tick{Value: float64(h)}
		if h%every == 0 {
			t.Label = fmt.Sprint(h)
		}
		ticks = append(ticks, t)
	}
	return ticks
}

// gwhRange is an exact energy in GWh, for content.Energy.
func gwhRange(gwh float64) calc.Range[calc.Energy] {
	return calc.Exact(calc.Energy(gwh) * calc.GigawattHour)
}

// SolarDayInputFrom turns the model's design day into the chart's input.
func SolarDayInputFrom(s calc.SolarStorage) SolarDayInput {
	d := s.Day
	in := SolarDayInput{
		StepHours:  d.Step.Hours(),
		PVGW:       make([]float64, len(d.PV)),
		LoadGW:     make([]float64, len(d.Load)),
		ChargeGWh:  make([]float64, len(d.Charge)),
		BuiltPVGW:  float64(s.PV.Central / calc.Gigawatt),
		BatteryGWh: float64(s.Battery.Central / calc.GigawattHour),
	}
	for i := range d.PV {
		in.PVGW[i] = float64(d.PV[i] / calc.Gigawatt)
		in.LoadGW[i] = float64(d.Load[i] / calc.Gigawatt)
		in.ChargeGWh[i] = float64(d.Charge[i] / calc.GigawattHour)
	}
	return in
}

// roundTo rounds v to n significant figures: the plant is sized from
// ranges, so the subtitle does not claim four figures.
func roundTo(v float64, n int) float64 {
	if v <= 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return v
	}
	p := math.Pow(10, float64(n-1)-math.Floor(math.Log10(v)))
	return math.Round(v*p) / p
}
