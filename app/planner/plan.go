package planner

import (
	"strings"

	"wattledger/app/estimate"
	"wattledger/calc"
	"wattledger/content"
)

// Defaults when a link gives no campus, no power and no cluster: a 1 GW
// campus in the United States, the round size the page's question is
// asked in.
const (
	defaultMW     = 1000
	defaultRegion = "USA"
	defaultHW     = "h100-sxm"
)

// Basis says where the facility power came from.
type Basis string

// The bases of the facility power.
const (
	BasisMW      Basis = "mw"      // the visitor's mw, or the default
	BasisCluster Basis = "cluster" // accelerators through the system power stack
	BasisCampus  Basis = "campus"  // a named campus's published figure
)

// Outcome is everything the planner page shows.
type Outcome struct {
	Inputs Inputs
	// Campus is the named campus, if the link chose one.
	Campus    content.CampusPreset
	HasCampus bool
	Basis     Basis
	// Cluster describes a cluster given as accelerators (Basis cluster).
	Cluster Cluster
	// Facility is the facility power; LoadFactor average ÷ facility.
	Facility   calc.Range[calc.Power]
	LoadFactor calc.Range[float64]
	Average    calc.Range[calc.Power]
	// AnnualEnergy is a planning year (8,760 h) of the average draw.
	AnnualEnergy calc.Range[calc.Energy]

	Region content.Country
	// Reactors, Gas and Wind count reference units at their average output.
	Reactors, Gas, Wind calc.FirmSupply
	// WindStorage carries the load through a day without wind.
	WindStorage calc.Range[calc.Energy]
	// Solar is PV + batteries sized to run the load round the clock.
	Solar calc.SolarStorage
	// SolarSite is the row used; SolarFallback is true when the region had
	// none and the world's was used.
	SolarSite     content.SolarResource
	SolarFallback bool
	// Grid is the region's capacity row; a share whose figure is unknown
	// (HasCapacity, HasAdditions false) is the zero Range and must be
	// shown as unknown, not as 0%.
	Grid                      content.GridCapacity
	HasCapacity, HasAdditions bool
	Shares                    calc.NationalShares
	// CostUSD is a year at the industrial price; CostCNY the same in yuan.
	// HasPrice is false where no price is sourced.
	Price    content.ElectricityPrice
	HasPrice bool
	CostUSD  calc.Range[calc.Money]
	CostCNY  calc.Range[float64]
	// GridEmissions is a year of the region's average grid mix.
	GridEmissions calc.Range[calc.Mass]
}

// Cluster is a cluster given as accelerators.
type Cluster struct {
	Hardware     content.Accelerator
	Accelerators float64
	// Stack splits the facility power into accelerators, servers, network
	// and cooling (calc.Parts order).
	Stack []calc.StackPart
	PUE   calc.Range[float64]
}

// Plan computes the outcome of a link's inputs.
func Plan(in Inputs) (Outcome, error) {
	o := Outcome{Inputs: in}
	if id := strings.TrimSpace(in.Campus); id != "" {
		c, ok := content.CampusByID(strings.ToLower(id))
		if !ok {
			return Outcome{}, &calc.InputError{Field: calc.FieldCampus, Reason: calc.ReasonUnknown}
		}
		o.Campus, o.HasCampus = c, true
	}
	if err := o.resolveFacility(in); err != nil {
		return Outcome{}, err
	}
	if err := o.resolveLoadFactor(in); err != nil {
		return Outcome{}, err
	}
	region := strings.TrimSpace(in.Region)
	if region == "" {
		region = defaultRegion
		if o.HasCampus {
			region = o.Campus.Region
		}
	}
	country, ok := content.CountryByISO(region)
	if !ok {
		return Outcome{}, &calc.InputError{Field: calc.FieldRegion, Reason: calc.ReasonUnknown}
	}
	o.Region = country
	campus := calc.Campus{Facility: o.Facility, LoadFactor: o.LoadFactor}
	if err := campus.Validate(); err != nil {
		return Outcome{}, err
	}
	o.Average, o.AnnualEnergy = campus.AveragePower(), campus.AnnualEnergy()
	if err := o.supply(campus); err != nil {
		return Outcome{}, err
	}
	if err := o.nation(campus); err != nil {
		return Outcome{}, err
	}
	return o, nil
}

// resolveFacility takes the facility power from mw, else from a cluster
// (hw, n, pue), else from the campus, else the default.
func (o *Outcome) resolveFacility(in Inputs) error {
	switch {
	case strings.TrimSpace(in.MW) != "":
		mw, err := number(calc.FieldFacilityPower, in.MW)
		if err != nil {
			return err
		}
		o.Basis, o.Facility = BasisMW, calc.Exact(calc.Power(mw)*calc.Megawatt)
		return nil
	case strings.TrimSpace(in.Accelerators) != "" || strings.TrimSpace(in.Hardware) != "":
		return o.resolveCluster(in)
	case o.HasCampus:
		o.Basis, o.Facility = BasisCampus, powerParam(o.Campus.FacilityMW, calc.Megawatt)
		return nil
	}
	o.Basis, o.Facility = BasisMW, calc.Exact(calc.Power(defaultMW)*calc.Megawatt)
	return nil
}

// resolveCluster is n accelerators of hw through the system power stack
// the calculator uses (estimate.StackOf: accelerator, host share, network
// share) at the default facility class's PUE, or the link's pue; the
// facility range is the sum of the stack's parts, as the calculator's
// #power-mw is.
func (o *Outcome) resolveCluster(in Inputs) error {
	if strings.TrimSpace(in.Accelerators) == "" {
		return &calc.InputError{Field: calc.FieldAccelerators, Reason: calc.ReasonMissing}
	}
	n, err := number(calc.FieldAccelerators, in.Accelerators)
	if err != nil {
		return err
	}
	if min, max, _ := calc.Limits(calc.FieldAccelerators); n < min || n > max {
		return tooFar(calc.FieldAccelerators, n, min, max)
	}
	id := strings.ToLower(strings.TrimSpace(in.Hardware))
	if id == "" {
		id = defaultHW
	}
	hw, ok := content.AcceleratorByID(id)
	if !ok {
		return &calc.InputError{Field: calc.FieldHardware, Reason: calc.ReasonUnknown}
	}
	facility, _ := content.FacilityByID(content.DefaultFacility)
	pue := paramRange(facility.PUE)
	if strings.TrimSpace(in.PUE) != "" {
		v, err := number(calc.FieldPUE, in.PUE)
		if err != nil {
			return err
		}
		if min, max, _ := calc.Limits(calc.FieldPUE); v < min || v > max {
			return tooFar(calc.FieldPUE, v, min, max)
		}
		pue = calc.Exact(v)
	}
	stack := estimate.StackOf(hw)
	cluster := calc.Cluster{
		Power:     powerParam(stack.Accelerator, calc.Watt),
		HostPower: powerParam(stack.Host, calc.Watt),
		Network:   paramRange(stack.Network),
		PUE:       pue,
	}
	parts, err := cluster.Stack(n)
	if err != nil {
		return err
	}
	var total calc.Range[calc.Power]
	for _, p := range parts {
		total.Low += p.Power.Low
		total.Central += p.Power.Central
		total.High += p.Power.High
	}
	o.Basis, o.Facility = BasisCluster, total
	o.Cluster = Cluster{Hardware: hw, Accelerators: n, Stack: parts, PUE: pue}
	return nil
}

func (o *Outcome) resolveLoadFactor(in Inputs) error {
	if strings.TrimSpace(in.LoadFactor) == "" {
		o.LoadFactor = paramRange(content.PlannerAssumptions.LoadFactor)
		return nil
	}
	lf, err := number(calc.FieldLoadFactor, in.LoadFactor)
	if err != nil {
		return err
	}
	o.LoadFactor = calc.Exact(lf)
	return nil
}

// supply sizes the firm plants and the solar + storage.
func (o *Outcome) supply(c calc.Campus) error {
	var err error
	for _, s := range []struct {
		id   string
		into *calc.FirmSupply
	}{{"nuclear", &o.Reactors}, {"gas", &o.Gas}, {"wind", &o.Wind}} {
		src, _ := content.PowerSourceByID(s.id)
		if *s.into, err = calc.SupplyFrom(c, generator(src)); err != nil {
			return err
		}
	}
	lull := paramRange(content.PlannerAssumptions.WindLullHours)
	o.WindStorage = calc.Range[calc.Energy]{
		Low:     o.Average.Low.Over(calc.Duration(lull.Low) * calc.Hour),
		Central: o.Average.Central.Over(calc.Duration(lull.Central) * calc.Hour),
		High:    o.Average.High.Over(calc.Duration(lull.High) * calc.Hour),
	}
	o.SolarSite, o.SolarFallback = content.SolarResourceByRegion(o.Region.ISO)
	solar, _ := content.PowerSourceByID("solar")
	a := content.PlannerAssumptions
	land := paramRange(a.SolarLandM2PerMW)
	o.Solar, err = calc.SizeSolarStorage(c,
		calc.SolarSite{CapacityFactor: paramRange(o.SolarSite.CapacityFactor), Latitude: o.SolarSite.LatitudeDeg.Value},
		calc.StorageAssumptions{
			RoundTrip: paramRange(a.BatteryRoundTrip),
			Margin:    paramRange(a.SolarMargin),
			LandPerMW: calc.Range[calc.Area]{Low: calc.Area(land.Low), Central: calc.Area(land.Central), High: calc.Area(land.High)},
			Lifecycle: intensity(solar.LifecycleGCO2PerKWh),
		})
	return err
}

// nation puts the campus beside the region's power system and prices it.
func (o *Outcome) nation(c calc.Campus) error {
	o.Grid, _ = content.GridCapacityByRegion(o.Region.ISO)
	n := calc.Nation{AnnualDemand: calc.Energy(o.Region.DemandTWh) * calc.TerawattHour}
	o.HasCapacity, o.HasAdditions = o.Grid.CapacityGW.Known(), o.Grid.AdditionsGW.Known()
	if o.HasCapacity {
		n.Capacity = powerParam(o.Grid.CapacityGW, calc.Gigawatt)
	}
	if o.HasAdditions {
		n.Additions = powerParam(o.Grid.AdditionsGW, calc.Gigawatt)
	}
	var err error
	if o.Shares, err = calc.SharesOf(c, n); err != nil {
		return err
	}
	if o.GridEmissions, err = calc.Emissions(o.AnnualEnergy, calc.Exact(calc.GramsPerKWh(o.Region.IntensityG))); err != nil {
		return err
	}
	o.Price, o.HasPrice = content.ElectricityPriceByRegion(o.Region.ISO)
	if !o.HasPrice {
		return nil
	}
	p := paramRange(o.Price.USDPerKWh)
	if o.CostUSD, err = calc.AnnualCost(c, calc.Range[calc.Price]{Low: calc.Price(p.Low), Central: calc.Price(p.Central), High: calc.Price(p.High)}); err != nil {
		return err
	}
	o.CostCNY, err = calc.Convert(o.CostUSD, paramRange(content.PlannerAssumptions.CNYPerUSD))
	return err
}

// number parses a planner field and checks its limits.
func number(f calc.Field, s string) (float64, error) {
	v, err := estimate.ParseNumber(f, s)
	if err != nil {
		return 0, err
	}
	switch f {
	case calc.FieldFacilityPower, calc.FieldLoadFactor:
		return v, calc.CheckPlannerField(f, v)
	}
	switch {
	case v < 0:
		return 0, &calc.InputError{Field: f, Reason: calc.ReasonNegative}
	case v == 0:
		return 0, &calc.InputError{Field: f, Reason: calc.ReasonZero}
	}
	return v, nil
}

func tooFar(f calc.Field, v, min, max float64) error {
	r := calc.ReasonTooLarge
	if v < min {
		r = calc.ReasonTooSmall
	}
	return &calc.InputError{Field: f, Reason: r, Min: min, Max: max}
}

func paramRange(p content.Param) calc.Range[float64] {
	lo, mid, hi := p.Bounds()
	return calc.Spread(lo, mid, hi)
}

func powerParam(p content.Param, unit calc.Power) calc.Range[calc.Power] {
	r := paramRange(p)
	return calc.Range[calc.Power]{Low: calc.Power(r.Low) * unit, Central: calc.Power(r.Central) * unit, High: calc.Power(r.High) * unit}
}

func intensity(p content.Param) calc.Range[calc.Intensity] {
	r := paramRange(p)
	return calc.Range[calc.Intensity]{Low: calc.GramsPerKWh(r.Low), Central: calc.GramsPerKWh(r.Central), High: calc.GramsPerKWh(r.High)}
}

func generator(s content.PowerSource) calc.Generator {
	return calc.Generator{
		UnitCapacity:   calc.Power(s.UnitCapacityMW.Value) * calc.Megawatt,
		CapacityFactor: paramRange(s.CapacityFactor),
		Lifecycle:      intensity(s.LifecycleGCO2PerKWh),
	}
}
