package estimate

import (
	"math"
	"strconv"
	"strings"

	"wattledger/calc"
	"wattledger/content"
)

// DefaultPreset is the run the calculator shows when a link names none.
const DefaultPreset = "gpt-3"

// DefaultRegion is used when neither the link nor the preset names one.
const DefaultRegion = "OWID_WRL"

// Origin says where an effective input value came from.
type Origin string

// The origins of a value, from most to least specific.
const (
	FromVisitor    Origin = "visitor"    // typed, or in the link
	FromPreset     Origin = "preset"     // the preset's published input
	FromHardware   Origin = "hardware"   // the accelerator table
	FromRegion     Origin = "region"     // the countries table
	FromAssumption Origin = "assumption" // content.Assumptions
	Unused         Origin = ""           // the chosen method does not read it
)

// Resolved is a visitor's inputs with every default filled in.
type Resolved struct {
	Inputs   Inputs
	Preset   content.Preset
	Method   calc.Method
	Hardware content.Accelerator
	Region   content.Country
	// Household is the region's household figure; HouseholdFallback is true
	// when the region has none and the world's stands in.
	Household         content.Household
	HouseholdFallback bool
	// Values and Origins hold each numeric field's effective central value
	// and where it came from, indexed like Fields.
	Values   [len(Fields)]float64
	Origins  [len(Fields)]Origin
	Scenario calc.Scenario
}

// Value returns the effective central value of field f.
func (r *Resolved) Value(f calc.Field) float64 { return r.Values[fieldIndex(f)] }

// Origin returns where f's effective value came from.
func (r *Resolved) Origin(f calc.Field) Origin { return r.Origins[fieldIndex(f)] }

// resolver fills a Resolved, remembering the first error.
type resolver struct {
	in  Inputs
	out *Resolved
	err error
}

// number returns field f: the visitor's value as exact, or else the first
// known default among candidates, with its range.
func (r *resolver) number(f calc.Field, defaults ...sourced) calc.Range[float64] {
	i := fieldIndex(f)
	if s := r.in.Get(f); s != "" {
		v, err := ParseNumber(f, s)
		if err != nil {
			r.fail(err)
			return calc.Range[float64]{}
		}
		r.out.Values[i], r.out.Origins[i] = v, FromVisitor
		return calc.Exact(v)
	}
	for _, d := range defaults {
		if d.param.Known() {
			low, mid, high := d.param.Bounds()
			r.out.Values[i], r.out.Origins[i] = mid, d.origin
			return calc.Range[float64]{Low: low, Central: mid, High: high}
		}
	}
	r.out.Values[i], r.out.Origins[i] = 0, Unused
	return calc.Range[float64]{}
}

// given reports whether field f was given by the visitor.
func (r *resolver) given(f calc.Field) bool { return r.in.Get(f) != "" }

func (r *resolver) fail(err error) {
	if r.err == nil {
		r.err = err
	}
}

// sourced is a default and where it comes from.
type sourced struct {
	param  content.Param
	origin Origin
}

func fromPreset(p content.Param) sourced     { return sourced{p, FromPreset} }
func fromHardware(p content.Param) sourced   { return sourced{p, FromHardware} }
func fromAssumption(p content.Param) sourced { return sourced{p, FromAssumption} }

// Resolve fills in every default and builds the scenario. An unknown id or a
// malformed number is an *calc.InputError naming its field; numbers out of
// bounds are refused later, by calc.Run.
func Resolve(in Inputs) (Resolved, error) {
	out := Resolved{Inputs: in}
	r := &resolver{in: in, out: &out}

	presetID := in.Get(calc.FieldPreset)
	if presetID == "" {
		presetID = DefaultPreset
	}
	preset, ok := content.PresetByID(strings.ToLower(presetID))
	if !ok {
		return out, &calc.InputError{Field: calc.FieldPreset, Reason: calc.ReasonUnknown}
	}
	out.Preset = preset

	out.Method = calc.Method(preset.Method)
	if s := in.Get(calc.FieldMethod); s != "" {
		m, err := calc.ParseMethod(strings.ToLower(s))
		if err != nil {
			return out, err
		}
		out.Method = m
	}

	hwID := preset.Hardware
	if s := in.Get(calc.FieldHardware); s != "" {
		hwID = strings.ToLower(s)
	}
	hw, ok := content.AcceleratorByID(hwID)
	if !ok {
		return out, &calc.InputError{Field: calc.FieldHardware, Reason: calc.ReasonUnknown}
	}
	out.Hardware = hw

	regionID := preset.Region
	if s := in.Get(calc.FieldRegion); s != "" {
		regionID = s
	}
	if regionID == "" {
		regionID = DefaultRegion
	}
	region, ok := content.CountryByISO(regionID)
	if !ok {
		return out, &calc.InputError{Field: calc.FieldRegion, Reason: calc.ReasonUnknown}
	}
	out.Region = region
	out.Household, out.HouseholdFallback = householdFor(region.ISO)

	r.scenario(preset, hw, region)
	if r.err != nil {
		return out, r.err
	}
	return out, nil
}

// scenario reads every numeric field into the scenario. All fields are
// read whatever the method, so that the form can show each one's effective
// value; the method decides which are used.
func (r *resolver) scenario(p content.Preset, hw content.Accelerator, region content.Country) {
	out := r.out
	samePreset := hw.ID == p.Hardware

	// A preset's power, accelerator count and hours belong to its own
	// hardware; on other hardware the accelerator table speaks instead.
	presetIf := func(p content.Param) content.Param {
		if samePreset {
			return p
		}
		return content.Param{}
	}
	tdpPower := content.Param{}
	if hw.TDP.Known() {
		f := content.Assumptions.TDPFraction
		tdpPower = content.Param{Value: hw.TDP.Value * f.Value, Low: hw.TDP.Value * f.Low, High: hw.TDP.Value * f.High,
			Unit: "W", Year: hw.TDP.Year, Source: hw.TDP.Source}
	}
	power := r.number(calc.FieldPower, fromPreset(presetIf(p.PowerPerAccelerator)), fromHardware(hw.MeasuredPower), fromHardware(tdpPower))
	// A preset without a PUE is one whose source applied none (BLOOM's
	// dynamic energy): reproducing it means a PUE of 1.
	noPUE := content.Param{Value: 1, Source: p.PowerPerAccelerator.Source}
	pue := r.number(calc.FieldPUE, fromPreset(p.PUE), fromPreset(noPUE))
	cluster := calc.Cluster{Power: toRange[calc.Power](power), PUE: pue}

	n := r.number(calc.FieldAccelerators, fromPreset(presetIf(p.Accelerators)))
	hours := r.number(calc.FieldHours, fromPreset(presetIf(p.WallClockHours)))
	gpuh := r.number(calc.FieldAcceleratorHours, fromPreset(presetIf(p.AcceleratorHours)))
	// Hours typed by the visitor replace the preset's accelerator-hours:
	// the link's n × hours is what they mean.
	if r.given(calc.FieldHours) && !r.given(calc.FieldAcceleratorHours) {
		gpuh, out.Origins[fieldIndex(calc.FieldAcceleratorHours)] = calc.Range[float64]{}, Unused
	}
	out.Scenario.Hardware = calc.HardwareRun{
		Accelerators:     n.Central,
		WallClock:        calc.Duration(hours.Central) * calc.Hour,
		AcceleratorHours: gpuh.Central,
		Cluster:          cluster,
	}

	flops := r.number(calc.FieldFLOPs, fromPreset(p.FLOPs))
	params := r.number(calc.FieldParameters, fromPreset(p.Parameters))
	tokens := r.number(calc.FieldTokens, fromPreset(p.Tokens))
	if (r.given(calc.FieldParameters) || r.given(calc.FieldTokens)) && !r.given(calc.FieldFLOPs) {
		// The visitor's parameters and tokens replace the preset's FLOPs.
		flops, out.Origins[fieldIndex(calc.FieldFLOPs)] = calc.Range[float64]{}, Unused
	}
	mfu := r.number(calc.FieldMFU, fromPreset(presetIf(p.MFU)), fromAssumption(content.Assumptions.MFU))
	out.Scenario.Compute = calc.ComputeRun{
		FLOPs:        calc.FLOP(flops.Central),
		Parameters:   params.Central,
		Tokens:       tokens.Central,
		PeakRate:     calc.FLOPRate(hw.PeakFLOPs.Value),
		Utilisation:  mfu,
		Accelerators: n.Central,
		Cluster:      cluster,
	}

	qwh := r.number(calc.FieldQueryWh, fromAssumption(content.Assumptions.QueryWh))
	qpd := r.number(calc.FieldQueriesPerDay, fromAssumption(content.Assumptions.QueriesPerDay))
	days := r.number(calc.FieldDays, fromAssumption(content.Assumptions.ServingDays))
	out.Scenario.Serving = calc.Serving{PerQuery: toRange[calc.Energy](scaled(qwh, float64(calc.WattHour))), QueriesPerDay: qpd.Central, Days: days.Central}

	regionCI := content.Param{Value: region.IntensityG, Unit: "gCO2e/kWh", Year: region.Year, Source: "ember-2025"}
	var ci calc.Range[float64]
	if r.given(calc.FieldRegion) {
		ci = r.number(calc.FieldIntensity, sourced{regionCI, FromRegion})
	} else {
		ci = r.number(calc.FieldIntensity, fromPreset(p.GridIntensity), sourced{regionCI, FromRegion})
	}
	out.Scenario.Grid = toRange[calc.Intensity](scaled(ci, float64(calc.GramsPerKWh(1))))
	out.Scenario.Method = out.Method
	r.markUnused()
}

// markUnused clears the origin of fields the chosen method does not read,
// so the form can grey them out.
func (r *resolver) markUnused() {
	training := map[calc.Field]bool{calc.FieldAccelerators: true, calc.FieldPower: true, calc.FieldPUE: true}
	used := map[calc.Method]map[calc.Field]bool{
		calc.MethodHardware:  {calc.FieldHours: true, calc.FieldAcceleratorHours: true},
		calc.MethodCompute:   {calc.FieldFLOPs: true, calc.FieldParameters: true, calc.FieldTokens: true, calc.FieldMFU: true},
		calc.MethodInference: {calc.FieldQueryWh: true, calc.FieldQueriesPerDay: true, calc.FieldDays: true},
	}[r.out.Method]
	for i, f := range Fields {
		if f == calc.FieldIntensity || f == calc.FieldPreset || f == calc.FieldMethod || f == calc.FieldHardware || f == calc.FieldRegion {
			continue
		}
		if !used[f] && !(training[f] && r.out.Method != calc.MethodInference) {
			r.out.Origins[i] = Unused
		}
	}
}

type rng = calc.Range[float64]

// scaled multiplies a plain range by k.
func scaled(x rng, k float64) rng {
	return rng{Low: x.Low * k, Central: x.Central * k, High: x.High * k}
}

func toRange[T ~float64](x rng) calc.Range[T] {
	return calc.Range[T]{Low: T(x.Low), Central: T(x.Central), High: T(x.High)}
}

// householdFor returns the region's household figure, or the world's.
func householdFor(iso string) (content.Household, bool) {
	if h, ok := content.HouseholdByRegion(iso); ok {
		return h, false
	}
	h, _ := content.HouseholdByRegion(DefaultRegion)
	return h, true
}

// FormatInput writes a number the way the form shows it and links carry it:
// plain digits up to 1e15 (10000, 355.2), exponent form beyond (3.14e23).
func FormatInput(v float64) string {
	if v == 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		return ""
	}
	a := math.Abs(v)
	if a >= 1e15 || a < 1e-4 {
		s := strconv.FormatFloat(v, 'e', -1, 64)
		s = strings.Replace(s, "e+", "e", 1)
		s = strings.Replace(s, "e0", "e", 1)
		return strings.Replace(s, "e-0", "e-", 1)
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}
