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

// CustomPreset is the preset id of a run the visitor builds from nothing:
// every default comes from the tables (content.CustomRun, the accelerator's
// power stack, content.DefaultFacility, DefaultRegion).
const CustomPreset = "custom"

// DefaultRegion is used when neither the link nor the preset names one.
const DefaultRegion = "OWID_WRL"

// Origin says where an effective input value came from.
type Origin string

// The origins of a value, from most to least specific.
const (
	FromVisitor    Origin = "visitor"    // typed, or in the link
	FromPreset     Origin = "preset"     // the preset's published input
	FromHardware   Origin = "hardware"   // the accelerator table (its power stack)
	FromFacility   Origin = "facility"   // the facility class table (PUE)
	FromRegion     Origin = "region"     // the countries table
	FromAssumption Origin = "assumption" // content.Assumptions
	FromCustom     Origin = "custom"     // content.CustomRun, a custom run's starting point
	Unused         Origin = ""           // the chosen method does not read it
)

// Resolved is a visitor's inputs with every default filled in.
type Resolved struct {
	Inputs   Inputs
	Preset   content.Preset
	Method   calc.Method
	Hardware content.Accelerator
	// Region is the region the result is compared with (households,
	// country share).
	Region content.Country
	// Grid is the region whose grid prices the emissions: the link's grid,
	// else its region, else the preset's own factor or its region.
	Grid content.Country
	// Facility is the facility class the PUE comes from; the zero Facility
	// where the PUE is the preset's or the visitor's.
	Facility content.Facility
	// Custom is true for a run the visitor built: preset=custom, or other
	// hardware than the preset's. Its defaults come from the tables, and
	// its title describes it instead of naming the preset.
	Custom bool
	// Precision is the arithmetic format the compute method's peak is taken
	// at: the preset's, or BF16 where the accelerator lacks FP8.
	Precision content.Precision
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
// known default among candidates, with its range. A visitor's zero is
// refused for every field that cannot be zero (flops=0 like n=0), instead
// of silently standing for "not given".
func (r *resolver) number(f calc.Field, defaults ...sourced) calc.Range[float64] {
	i := fieldIndex(f)
	if s := r.in.Get(f); s != "" {
		v, err := ParseNumber(f, s)
		if err != nil {
			r.fail(err)
			return calc.Range[float64]{}
		}
		if min, _, ok := calc.Limits(f); v == 0 && ok && min > 0 {
			r.fail(&calc.InputError{Field: f, Reason: calc.ReasonZero})
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
func fromCustom(p content.Param) sourced     { return sourced{p, FromCustom} }

// customPreset is the starting point of preset=custom: no published
// figures, so every default comes from the tables.
func customPreset() content.Preset {
	c := content.CustomRun
	return content.Preset{
		ID: CustomPreset, Method: content.MethodHardware, Hardware: c.Hardware,
		Accelerators: c.Accelerators, WallClockHours: c.WallClockHours,
		Parameters: c.Parameters, Tokens: c.Tokens,
		Precision: content.PrecisionBF16,
	}
}

// Resolve fills in every default and builds the scenario. An unknown id or a
// malformed number is an *calc.InputError naming its field; numbers out of
// bounds are refused later, by calc.Run.
func Resolve(in Inputs) (Resolved, error) {
	out := Resolved{Inputs: in}
	r := &resolver{in: in, out: &out}

	presetID := strings.ToLower(in.Get(calc.FieldPreset))
	if presetID == "" {
		presetID = DefaultPreset
	}
	preset, ok := content.PresetByID(presetID)
	if presetID == CustomPreset {
		preset, ok = customPreset(), true
	}
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
	out.Custom = preset.ID == CustomPreset || hw.ID != preset.Hardware

	if s := in.Get(calc.FieldFacility); s != "" {
		f, ok := content.FacilityByID(strings.ToLower(s))
		if !ok {
			return out, &calc.InputError{Field: calc.FieldFacility, Reason: calc.ReasonUnknown}
		}
		out.Facility = f
	} else if out.Custom {
		out.Facility, _ = content.FacilityByID(content.DefaultFacility)
	}

	regionID := preset.Region
	if out.Custom {
		regionID = ""
	}
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
	out.Grid = region
	if s := in.Get(calc.FieldGrid); s != "" {
		grid, ok := content.CountryByISO(s)
		if !ok {
			return out, &calc.InputError{Field: calc.FieldGrid, Reason: calc.ReasonUnknown}
		}
		out.Grid = grid
	}
	out.Household, out.HouseholdFallback = householdFor(region.ISO)

	r.scenario(preset, hw)
	if r.err != nil {
		return out, r.err
	}
	return out, nil
}

// Stack is the power stack's defaults for one accelerator: its own draw,
// its share of the rest of the server, and the network share, as sourced
// Params. Where a measured system average per accelerator is published
// (Patterson et al.'s V100 and TPUs) it is split between accelerator and
// host in the ratio of their ratings; elsewhere each rating is scaled by
// the measured utilisation (content.Assumptions.TDPFraction).
type Stack struct {
	Accelerator, Host, Network content.Param
}

// StackOf returns accelerator a's power stack defaults.
func StackOf(a content.Accelerator) Stack {
	net := content.Assumptions.Network
	u := content.Assumptions.TDPFraction
	if a.MeasuredIncludesHost && a.MeasuredPower.Known() {
		m := a.MeasuredPower
		if !m.HasRange() {
			// One measured run: another run on the same hardware varies as
			// much as the utilisation does.
			m.Low, m.High = m.Value*u.Low/u.Value, m.Value*u.High/u.Value
		}
		share := a.TDP.Value / (a.TDP.Value + a.HostPower.Value)
		return Stack{Accelerator: scaleParam(m, share), Host: scaleParam(m, 1-share), Network: net}
	}
	return Stack{Accelerator: productParam(a.TDP, u), Host: productParam(a.HostPower, u), Network: net}
}

// scaleParam multiplies a Param and its bounds by k, keeping its source.
func scaleParam(p content.Param, k float64) content.Param {
	low, mid, high := p.Bounds()
	return content.Param{Value: mid * k, Low: low * k, High: high * k, Unit: p.Unit, Year: p.Year, Source: p.Source}
}

// productParam is rating × fraction with interval bounds, citing the rating.
func productParam(rating, fraction content.Param) content.Param {
	rl, rm, rh := rating.Bounds()
	fl, fm, fh := fraction.Bounds()
	return content.Param{Value: rm * fm, Low: rl * fl, High: rh * fh, Unit: rating.Unit, Year: rating.Year, Source: rating.Source}
}

// pueOf is the PUE default of a run: a named facility class, else the
// preset's own (a preset without one applied none, and reproducing it
// means 1).
func pueOf(p content.Preset, f content.Facility) sourced {
	if f.PUE.Known() {
		return sourced{f.PUE, FromFacility}
	}
	if p.PUE.Known() {
		return fromPreset(p.PUE)
	}
	return fromPreset(content.Param{Value: 1, Source: p.PowerPerAccelerator.Source})
}

// scenario reads every numeric field into the scenario. All fields are
// read whatever the method, so that the form can show each one's effective
// value; the method decides which are used.
func (r *resolver) scenario(p content.Preset, hw content.Accelerator) {
	out := r.out
	custom := out.Custom
	origin := fromPreset
	if p.ID == CustomPreset {
		origin = fromCustom
	}
	// A preset's power and MFU belong to its own hardware; on other
	// hardware the tables speak instead. Its count and hours stay: "GPT-3's
	// run on H100s" keeps GPT-3's 10,000 accelerators for 14.8 days.
	presetPower := func(q content.Param) content.Param {
		if custom {
			return content.Param{}
		}
		return q
	}
	stack := StackOf(hw)
	power := r.number(calc.FieldPower, fromPreset(presetPower(p.PowerPerAccelerator)), fromHardware(stack.Accelerator))
	pue := r.number(calc.FieldPUE, pueOf(p, out.Facility))
	cluster := calc.Cluster{Power: toRange[calc.Power](power), PUE: pue}
	// The stack's other parts join only where the power is the table's:
	// a published per-accelerator power is the source's whole basis, and
	// a w in the link has always meant all of an accelerator's IT power.
	if r.out.Origin(calc.FieldPower) == FromHardware {
		cluster.HostPower = toRange[calc.Power](paramRange(stack.Host))
		cluster.Network = paramRange(stack.Network)
		// The form shows the default it would take back: typed into w,
		// the accelerator's whole IT power (its draw, its share of the
		// server, and the network on both) gives the same run, where
		// the chip's draw alone would silently drop the rest.
		r.out.Values[fieldIndex(calc.FieldPower)] = (stack.Accelerator.Value + stack.Host.Value) * (1 + stack.Network.Value)
	}

	n := r.number(calc.FieldAccelerators, origin(p.Accelerators))
	hours := r.number(calc.FieldHours, origin(p.WallClockHours))
	gpuh := r.number(calc.FieldAcceleratorHours, origin(p.AcceleratorHours))
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

	flops := r.number(calc.FieldFLOPs, origin(p.FLOPs))
	params := r.number(calc.FieldParameters, origin(p.Parameters))
	tokens := r.number(calc.FieldTokens, origin(p.Tokens))
	switch {
	case r.given(calc.FieldFLOPs):
		// Given FLOPs stand alone: the preset's parameters and tokens are
		// not shown beside them (the visitor's own still are, and checked).
		for _, f := range [...]calc.Field{calc.FieldParameters, calc.FieldTokens} {
			if !r.given(f) {
				out.Values[fieldIndex(f)], out.Origins[fieldIndex(f)] = 0, Unused
			}
		}
		if !r.given(calc.FieldParameters) {
			params = calc.Range[float64]{}
		}
		if !r.given(calc.FieldTokens) {
			tokens = calc.Range[float64]{}
		}
	case r.given(calc.FieldParameters) || r.given(calc.FieldTokens):
		// The visitor's parameters and tokens replace the preset's FLOPs.
		flops, out.Origins[fieldIndex(calc.FieldFLOPs)] = calc.Range[float64]{}, Unused
	}
	peak, precision := hw.PeakAt(p.Precision)
	if precision == "" {
		precision = content.PrecisionBF16
	}
	out.Precision = precision
	mfuDefault := content.Assumptions.MFU
	if precision == content.PrecisionFP8 {
		mfuDefault = content.Assumptions.MFUFP8
	}
	mfu := r.number(calc.FieldMFU, fromPreset(presetPower(p.MFU)), fromAssumption(mfuDefault))
	out.Scenario.Compute = calc.ComputeRun{
		FLOPs:        calc.FLOP(flops.Central),
		Parameters:   params.Central,
		Tokens:       tokens.Central,
		PeakRate:     calc.FLOPRate(peak.Value),
		Utilisation:  mfu,
		Accelerators: n.Central,
		Cluster:      cluster,
	}

	qwh := r.number(calc.FieldQueryWh, fromAssumption(content.Assumptions.QueryWh))
	qpd := r.number(calc.FieldQueriesPerDay, fromAssumption(content.Assumptions.QueriesPerDay))
	days := r.number(calc.FieldDays, fromAssumption(content.Assumptions.ServingDays))
	out.Scenario.Serving = calc.Serving{PerQuery: toRange[calc.Energy](scaled(qwh, float64(calc.WattHour))), QueriesPerDay: qpd.Central, Days: days.Central}

	grid := out.Grid
	gridCI := sourced{content.Param{Value: grid.IntensityG, Unit: "gCO2e/kWh", Year: grid.Year, Source: "ember-2025"}, FromRegion}
	var ci calc.Range[float64]
	if r.given(calc.FieldRegion) || r.given(calc.FieldGrid) || custom {
		ci = r.number(calc.FieldIntensity, gridCI)
	} else {
		ci = r.number(calc.FieldIntensity, fromPreset(p.GridIntensity), gridCI)
	}
	out.Scenario.Grid = toRange[calc.Intensity](scaled(ci, float64(calc.GramsPerKWh(1))))
	out.Scenario.Method = out.Method
	r.markUnused()
}

// paramRange is a Param's bounds as a range.
func paramRange(p content.Param) calc.Range[float64] {
	low, mid, high := p.Bounds()
	return calc.Range[float64]{Low: low, Central: mid, High: high}
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
		switch f {
		case calc.FieldIntensity, calc.FieldPreset, calc.FieldMethod, calc.FieldHardware, calc.FieldRegion, calc.FieldGrid, calc.FieldFacility:
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
