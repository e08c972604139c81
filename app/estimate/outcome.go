package estimate

import (
	"wattledger/calc"
	"wattledger/content"
)

// Outcome is a resolved scenario with its result and comparisons.
type Outcome struct {
	Resolved
	Result      calc.Result
	Comparisons calc.Comparisons
	// BreakEven, for inference only, says when serving has used as much
	// energy as the preset's training did.
	BreakEven calc.BreakEven
	// Training is the preset's training result, for the break-even, and
	// TrainingRun what it was resolved from (the visitor's own numbers
	// included), which names it (TrainingTitle).
	Training    calc.Result
	TrainingRun Resolved
	// Stack is the run's facility power split into accelerators, servers,
	// network and cooling (Result.Stack), each in MW with its range and
	// share; nil for inference and where the accelerator count is unknown.
	Stack []calc.StackPart
	// Sensitivity is each uncertain input at its low and at its high with
	// the others central, widest swing first; empty for a run whose
	// inputs are all exact.
	Sensitivity []calc.Swing
	// FullSystem is a preset's run on the whole-facility basis (the
	// accelerators' power stack, network and the facility's PUE) beside
	// its published basis; nil for custom runs and for inference.
	FullSystem *FullSystem
	// Warnings are notes about implausible or approximated inputs.
	Warnings []Warning
}

// FullSystem is a run re-estimated on the whole-facility basis.
type FullSystem struct {
	Result      calc.Result
	Sensitivity []calc.Swing
	// Omits says what the published basis leaves out
	// (catalogue key preset.omits.ID).
	Omits content.BasisOmission
}

// Warning names a note about the run; the catalogue key is warning.ID.
type Warning string

// The warnings an outcome can carry.
const (
	// WarnWallClockLong: the run would take more than LongRun of wall-clock
	// time (1e30 FLOP on 10,000 V100s is thousands of years).
	WarnWallClockLong Warning = "wallclock-long"
	// WarnPrecisionFallback: the run trained in FP8 but the accelerator has
	// no FP8 tensor peak, so its 16-bit peak is used.
	WarnPrecisionFallback Warning = "precision-fallback"
	// WarnPowerIsAll: the visitor's w is taken as all of an accelerator's
	// IT power, so no host or network share is added to it.
	WarnPowerIsAll Warning = "power-is-all"
)

// LongRun is the wall-clock time beyond which a training run is flagged as
// implausible: the longest published runs took months, not years.
const LongRun = 5 * calc.Year

// Estimate resolves the inputs, runs the model and compares the result.
func Estimate(in Inputs) (Outcome, error) {
	res, err := Resolve(in)
	if err != nil {
		return Outcome{Resolved: res}, err
	}
	out := Outcome{Resolved: res}
	if out.Result, err = calc.Run(res.Scenario); err != nil {
		return out, err
	}
	out.Stack = out.Result.Stack
	if out.Sensitivity, err = calc.Sensitivity(res.Scenario); err != nil {
		return out, err
	}
	if res.Method != calc.MethodInference && !res.Custom {
		if out.FullSystem, err = fullSystem(res); err != nil {
			return out, err
		}
	}
	out.Warnings = warnings(res, out.Result)
	if out.Comparisons, err = calc.Compare(out.Result, references(res)); err != nil {
		return out, err
	}
	if res.Method == calc.MethodInference {
		training, err := Estimate(in.WithMethod(calc.Method(res.Preset.Method)))
		if err != nil {
			return out, err
		}
		out.Training, out.TrainingRun = training.Result, training.Resolved
		perQuery := res.Scenario.Serving.PerQuery
		if out.BreakEven, err = calc.BreakEvenPoint(training.Result.Energy, perQuery, res.Scenario.Serving.QueriesPerDay); err != nil {
			return out, err
		}
	}
	return out, nil
}

// WithMethod returns in with the method set.
func (in Inputs) WithMethod(m calc.Method) Inputs { return in.With(calc.FieldMethod, string(m)) }

// references gathers what a result is compared with: the region's
// household and row, every country, and the power sources in DOM order.
func references(r Resolved) calc.References {
	low, mid, high := r.Household.KWhPerYear.Bounds()
	return calc.References{
		Household: calc.Range[calc.Energy]{
			Low: calc.Energy(low) * calc.KilowattHour, Central: calc.Energy(mid) * calc.KilowattHour, High: calc.Energy(high) * calc.KilowattHour,
		},
		Region:    countryModel(r.Region),
		Countries: allCountries,
		Sources:   allSources,
	}
}

// allCountries and allSources convert the tables once: they do not change
// while the app runs, and every keystroke compares against them.
var (
	allCountries = convertCountries(content.Countries)
	allSources   = convertSources(content.PowerSources)
)

func convertCountries(cs []content.Country) []calc.Country {
	out := make([]calc.Country, len(cs))
	for i, c := range cs {
		out[i] = countryModel(c)
	}
	return out
}

func countryModel(c content.Country) calc.Country {
	return calc.Country{
		AnnualDemand: calc.Energy(c.DemandTWh) * calc.TerawattHour,
		PerCapita:    calc.Energy(c.PerCapitaKWh) * calc.KilowattHour,
		Intensity:    calc.GramsPerKWh(c.IntensityG),
	}
}

func convertSources(ss []content.PowerSource) []calc.Source {
	out := make([]calc.Source, len(ss))
	for i, s := range ss {
		cfLow, cf, cfHigh := s.CapacityFactor.Bounds()
		lcLow, lc, lcHigh := s.LifecycleGCO2PerKWh.Bounds()
		out[i] = calc.Source{
			UnitCapacity:   calc.Power(s.UnitCapacityMW.Value) * calc.Megawatt,
			CapacityFactor: calc.Range[float64]{Low: cfLow, Central: cf, High: cfHigh},
			Lifecycle:      calc.Range[calc.Intensity]{Low: calc.GramsPerKWh(lcLow), Central: calc.GramsPerKWh(lc), High: calc.GramsPerKWh(lcHigh)},
			LandPerMW:      calc.Area(s.LandM2PerMW.Value),
		}
	}
	return out
}

// fullSystem re-runs a preset on the whole-facility basis: the accelerator's
// power stack (or the preset's measured system average, split), the network
// share, and the preset's PUE (or its facility's, where the source applied
// none). A PUE the visitor gave is kept.
func fullSystem(res Resolved) (*FullSystem, error) {
	p, hw := res.Preset, res.Hardware
	stack := StackOf(hw)
	accel, host := paramRange(stack.Accelerator), paramRange(stack.Host)
	if p.PowerBasis == content.PowerMeasured && p.PowerPerAccelerator.Known() {
		if hw.MeasuredIncludesHost {
			share := hw.TDP.Value / (hw.TDP.Value + hw.HostPower.Value)
			w := paramRange(p.PowerPerAccelerator)
			accel, host = scaledRange(w, share), scaledRange(w, 1-share)
		} else {
			accel = paramRange(p.PowerPerAccelerator)
		}
	}
	pue := paramRange(p.PUE)
	if !p.PUE.Known() {
		pue = paramRange(p.FacilityPUE)
	}
	if res.Facility.PUE.Known() {
		pue = paramRange(res.Facility.PUE)
	}
	if res.Origin(calc.FieldPUE) == FromVisitor {
		pue = calc.Exact(res.Value(calc.FieldPUE))
	}
	c := calc.Cluster{Power: toRange[calc.Power](accel), HostPower: toRange[calc.Power](host), Network: paramRange(stack.Network), PUE: pue}
	s := res.Scenario
	s.Hardware.Cluster, s.Compute.Cluster = c, c
	r, err := calc.Run(s)
	if err != nil {
		return nil, err
	}
	sens, err := calc.Sensitivity(s)
	if err != nil {
		return nil, err
	}
	return &FullSystem{Result: r, Sensitivity: sens, Omits: p.Omits}, nil
}

func scaledRange(x calc.Range[float64], k float64) calc.Range[float64] { return scaled(x, k) }

// warnings notes what in a run is implausible or approximated.
func warnings(res Resolved, r calc.Result) []Warning {
	var w []Warning
	if res.Method != calc.MethodInference && r.Duration.Central > LongRun {
		w = append(w, WarnWallClockLong)
	}
	if res.Method == calc.MethodCompute && res.Preset.Precision == content.PrecisionFP8 && res.Precision != content.PrecisionFP8 {
		w = append(w, WarnPrecisionFallback)
	}
	if res.Method != calc.MethodInference && res.Custom && res.Origin(calc.FieldPower) == FromVisitor {
		w = append(w, WarnPowerIsAll)
	}
	return w
}

// Modified reports whether the visitor changed any of the run's numbers or
// its facility on a published preset (the region, grid, method and the
// preset's own hardware do not change the run).
func (r Resolved) Modified() bool {
	for i, f := range Fields {
		switch f {
		case calc.FieldPreset, calc.FieldMethod, calc.FieldRegion, calc.FieldGrid, calc.FieldIntensity, calc.FieldHardware:
			continue
		}
		if r.Inputs.values[i] != "" {
			return true
		}
	}
	return false
}

// Title names the run in language l: the preset's name; for a run the
// visitor built, what it is ("100,000 × NVIDIA H100 SXM for 90 days",
// "10万块英伟达H100 SXM，运行90天"); for a preset the visitor changed,
// its name marked as changed.
func (o Outcome) Title(l content.Lang) string {
	r := o.Resolved
	if r.Method == calc.MethodInference && r.Preset.ID == CustomPreset {
		return l.T("preset.custom")
	}
	if r.Method == calc.MethodInference || !r.Custom {
		if r.Modified() && r.Method != calc.MethodInference {
			return l.T("run.title.modified", "name", r.Preset.Name)
		}
		return r.Preset.Name
	}
	hw := r.Hardware.DisplayName(l)
	n := r.Scenario.Hardware.Accelerators
	d := o.Result.Duration
	switch {
	case n > 0 && d.Central > 0:
		return l.T("run.title.custom", "n", content.Number(l, n, 6), "hw", hw, "duration", content.Duration(l, calc.Exact(d.Central)))
	case o.Result.AcceleratorHours.Central > 0:
		return l.T("run.title.custom.gpuh", "hw", hw, "gpuh", content.Number(l, o.Result.AcceleratorHours.Central, 3))
	}
	return l.T("run.title.custom.hw", "hw", hw)
}

// TrainingTitle names the training run an inference outcome's break-even
// compares with: the preset, or the run the visitor's numbers describe.
func (o Outcome) TrainingTitle(l content.Lang) string {
	return Outcome{Resolved: o.TrainingRun, Result: o.Training}.Title(l)
}
