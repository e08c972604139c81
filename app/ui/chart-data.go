package ui

import (
	"math"
	"sync"

	"wattledger/app/chart"
	"wattledger/app/estimate"
	"wattledger/calc"
	"wattledger/content"
)

// chartSpec is what one chart draws. Only the field of its Kind is set; the
// struct is compared by go-app, so a chart is redrawn only when its own data
// changed.
type chartSpec struct {
	Kind        string // sources, growth, scale, co2, stack, sensitivity; the power page's additions, solarday
	Sources     chart.PowerSourcesInput
	Growth      chart.GrowthInput
	Scale       chart.ScaleInput
	CO2         chart.CO2Input
	Stack       chart.PowerStackInput
	Sensitivity chart.TornadoInput
	// The power page's charts (power-charts.go).
	Additions chart.AdditionsInput
	SolarDay  chart.SolarDayInput
}

// chartKinds are the charts in the order the page shows them.
var chartKinds = []string{"stack", "sensitivity", "sources", "growth", "scale", "co2"}

// draw draws the chart in the layouts given: both on the server, which
// cannot know the width the page will be shown at, and in the browser the
// one its width shows (dom.NarrowCharts).
func (s chartSpec) draw(l content.Lang, layouts []chart.Layout) (d drawnChart) {
	// gonum/plot panics on some inputs (a log axis given zero); in the
	// WebAssembly a panic would stop the whole page, so one chart fails
	// and the page shows that it failed.
	defer func() {
		if r := recover(); r != nil {
			d = drawnChart{Spec: s, Lang: l, Failed: true}
		}
	}()
	d = drawnChart{Spec: s, Lang: l}
	ch, err := s.chart(l)
	if err != nil {
		d.Failed = true
		return d
	}
	d.Table = ch.Table
	for _, lay := range layouts {
		svg, err := ch.SVG(lay)
		if err != nil {
			return drawnChart{Spec: s, Lang: l, Failed: true}
		}
		if lay == chart.Phone {
			d.Phone = string(svg)
		} else {
			d.SVG = string(svg)
		}
	}
	return d
}

// chart checks the chart's data; it is drawn by Chart.SVG.
func (s chartSpec) chart(l content.Lang) (chart.Chart, error) {
	switch s.Kind {
	case "growth":
		return chart.Growth(s.Growth, l)
	case "scale":
		return chart.Scale(s.Scale, l)
	case "co2":
		return chart.CO2(s.CO2, l)
	case "stack":
		return chart.PowerStack(s.Stack, l)
	case "sensitivity":
		return chart.Tornado(s.Sensitivity, l)
	case "additions":
		return chart.Additions(s.Additions, l)
	case "solarday":
		return chart.SolarDay(s.SolarDay, l)
	}
	return chart.PowerSources(s.Sources, l)
}

// chartSpecs derives every chart's data from an outcome. The stack and
// sensitivity charts are left out when there is nothing to draw: the
// stack for inference and for a run whose accelerator count is unknown,
// the sensitivity for a run with no uncertain input.
func chartSpecs(l content.Lang, o estimate.Outcome) []chartSpec {
	kwh := o.Result.Energy.Central.KilowattHours()
	var specs []chartSpec
	if st, ok := stackChart(l, o); ok {
		specs = append(specs, chartSpec{Kind: "stack", Stack: st})
	}
	if sw, ok := sensitivityChart(o); ok {
		specs = append(specs, chartSpec{Kind: "sensitivity", Sensitivity: sw})
	}
	return append(specs,
		chartSpec{Kind: "sources", Sources: sourcesChart(o, kwh)},
		chartSpec{Kind: "growth", Growth: growthChart(l, o, kwh)},
		chartSpec{Kind: "scale", Scale: scaleChart(l, o, kwh)},
		chartSpec{Kind: "co2", CO2: co2Chart(l, o, kwh)},
	)
}

// stackChart is the run's facility power by part: for a published preset
// the whole-facility estimate beside the published basis, otherwise the
// run alone.
func stackChart(l content.Lang, o estimate.Outcome) (chart.PowerStackInput, bool) {
	var in chart.PowerStackInput
	if fs := o.FullSystem; fs != nil && len(fs.Result.Stack) > 0 {
		in.Bars = append(in.Bars, stackBar(l.T("stack.bar.full"), fs.Result.Stack))
		if len(o.Stack) > 0 {
			in.Bars = append(in.Bars, stackBar(l.T("stack.bar.published"), o.Stack))
		}
	} else if len(o.Stack) > 0 {
		in.Bars = append(in.Bars, stackBar(o.Title(l), o.Stack))
	}
	return in, len(in.Bars) > 0
}

func stackBar(name string, parts []calc.StackPart) chart.StackBar {
	b := chart.StackBar{Name: name}
	for _, p := range parts {
		b.Parts = append(b.Parts, chart.PartPower{Part: string(p.Part),
			MW: p.Power.Central.Megawatts(), LowMW: p.Power.Low.Megawatts(), HighMW: p.Power.High.Megawatts()})
	}
	return b
}

// sensitivityChart is the tornado of the run's uncertain inputs; for a
// preset whose published inputs are exact, that of its whole-facility
// estimate, whose stack and facility are not.
func sensitivityChart(o estimate.Outcome) (chart.TornadoInput, bool) {
	res, swings := o.Result, o.Sensitivity
	if len(swings) == 0 && o.FullSystem != nil {
		res, swings = o.FullSystem.Result, o.FullSystem.Sensitivity
	}
	in := chart.TornadoInput{KWh: res.Energy.Central.KilowattHours()}
	for _, s := range swings {
		in.Swings = append(in.Swings, chart.Swing{Input: string(s.Field),
			AtLowKWh: s.AtLow.KilowattHours(), AtHighKWh: s.AtHigh.KilowattHours()})
	}
	return in, len(in.Swings) > 0
}

func sourcesChart(o estimate.Outcome, kwh float64) chart.PowerSourcesInput {
	in := chart.PowerSourcesInput{KWh: kwh}
	for i, s := range content.PowerSources {
		in.Runs = append(in.Runs, chart.SourceRun{Source: s.ID, Hours: o.Comparisons.Sources[i].UnitRunTime.Central.Hours()})
	}
	return in
}

// presetPoints are the presets' training energies, as the model computes
// them: they do not depend on the visitor's inputs. They are computed when
// the growth chart is first drawn: at package init, the thirty estimates
// ran before the page's first result.
var presetPoints = sync.OnceValue(computePresetPoints)

func computePresetPoints() []chart.GrowthPoint {
	runs := estimate.PresetRuns()
	out := make([]chart.GrowthPoint, len(runs))
	for i, r := range runs {
		out[i] = chart.GrowthPoint{Name: r.Preset.Name, Year: float64(r.Preset.Year), KWh: r.Result.Energy.Central.KilowattHours(),
			Partial: r.Preset.Omits == content.OmitsDynamicOnly}
	}
	return out
}

// growthChart puts the visitor's run among the presets when it is a
// training run that differs from its preset's published inputs.
func growthChart(l content.Lang, o estimate.Outcome, kwh float64) chart.GrowthInput {
	in := chart.GrowthInput{Presets: presetPoints()}
	// A published run as published is already among the presets: a
	// "your run" dot on top would hide its own and mislabel it.
	own := o.Custom || o.Modified() || o.Method != calc.Method(o.Preset.Method)
	if o.Method != calc.MethodInference && own {
		year := float64(o.Preset.Year)
		if o.Preset.ID == estimate.CustomPreset {
			// A run of one's own has no year: it is placed with the
			// newest published runs.
			for _, p := range in.Presets {
				year = max(year, p.Year)
			}
		}
		in.Yours = &chart.GrowthPoint{Name: l.T("chart.growth.legend.yours"), Year: year, KWh: kwh}
	}
	return in
}

// scaleChart sets the run beside a household-year in the chosen region,
// the year of the country whose demand is nearest on a log scale, a large
// data centre's year and all data centres' year.
func scaleChart(l content.Lang, o estimate.Outcome, kwh float64) chart.ScaleInput {
	in := chart.ScaleInput{KWh: kwh}
	household, _ := content.CountryByISO(o.Household.Region)
	key := "chart.scale.household"
	if o.Household.Unit == content.PerPerson {
		key = "chart.scale.person"
	}
	in.Rungs = append(in.Rungs, chart.Rung{Name: l.T(key, "place", household.NameInText(l)), KWh: o.Household.KWhPerYear.Value})
	if c, ok := nearestCountry(kwh); ok {
		in.Rungs = append(in.Rungs, chart.Rung{Name: l.T("chart.scale.country", "place", c.Name(l)), KWh: c.DemandTWh * 1e9})
	}
	if r, ok := content.ReferenceByID("large-datacentre"); ok {
		in.Rungs = append(in.Rungs, chart.Rung{Name: l.T("chart.scale.datacentre"), KWh: r.Param.Value * 1e3})
	}
	if r, ok := content.ReferenceByID("datacentres-world-2024"); ok {
		in.Rungs = append(in.Rungs, chart.Rung{Name: l.T("chart.scale.alldatacentres"), KWh: r.Param.Value * 1e9})
	}
	return in
}

// nearestCountry is the country (not a territory or aggregate) whose annual
// demand is closest to kwh by ratio.
func nearestCountry(kwh float64) (content.Country, bool) {
	best, bestGap := content.Country{}, math.Inf(1)
	for _, c := range content.Countries {
		if c.EntityType != "country" || c.NameZH == "" {
			continue
		}
		gap := math.Abs(math.Log(c.DemandTWh * 1e9 / kwh))
		if gap < bestGap {
			best, bestGap = c, gap
		}
	}
	return best, bestGap < math.Inf(1)
}

// co2Grids are the grids the emissions chart always shows besides the
// chosen region: the world, the largest emitters and a low-carbon grid.
var co2Grids = []string{"OWID_WRL", "CHN", "USA", "IND", "DEU", "FRA"}

func co2Chart(l content.Lang, o estimate.Outcome, kwh float64) chart.CO2Input {
	in := chart.CO2Input{KWh: kwh}
	e := o.Result.Energy
	grids := append([]string{o.Region.ISO}, co2Grids...)
	seen := map[string]bool{}
	for _, iso := range grids {
		c, ok := content.CountryByISO(iso)
		if !ok || seen[c.ISO] {
			continue
		}
		seen[c.ISO] = true
		g := calc.GramsPerKWh(c.IntensityG)
		in.Grids = append(in.Grids, chart.GridEmission{
			Name:       c.Name(l),
			Tonnes:     g.Emissions(e.Central).Tonnes(),
			LowTonnes:  g.Emissions(e.Low).Tonnes(),
			HighTonnes: g.Emissions(e.High).Tonnes(),
		})
	}
	for i, s := range content.PowerSources {
		m := o.Comparisons.Sources[i].Emissions
		in.Sources = append(in.Sources, chart.SourceEmission{Source: s.ID, Tonnes: m.Central.Tonnes(), LowTonnes: m.Low.Tonnes(), HighTonnes: m.High.Tonnes()})
	}
	return in
}
