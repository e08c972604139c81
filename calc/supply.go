package calc

// This file sizes the supply behind an AI campus: its annual energy, the
// firm generators that would match it, and how it compares with a national
// power system. The solar + storage balance is in solar-storage.go.

// PlanningYear is the 8,760-hour year of capacity planning and of capacity
// factors (EIA divides a year's generation by 8,760 hours, or 8,784 in a
// leap year). It is not Year, the Julian 8,766 hours used for averages over
// leap years: "1 GW all year is 8.76 TWh" is the planner's figure.
const PlanningYear Duration = 8760 * Hour

// Campus is a data centre, or a cluster of them, seen from the grid.
type Campus struct {
	// Facility is the facility power the campus is built for (IT × PUE):
	// the peak the grid or the plants must be able to deliver.
	Facility Range[Power]
	// LoadFactor is average draw ÷ Facility over a year, between 0 and 1.
	LoadFactor Range[float64]
}

// Validate checks the campus's inputs.
func (c Campus) Validate() error {
	if err := checkPlannerRange(FieldFacilityPower, spanOf(c.Facility).scale(1/float64(Megawatt))); err != nil {
		return err
	}
	return checkPlannerRange(FieldLoadFactor, spanOf(c.LoadFactor))
}

// AveragePower is the campus's average draw over a year.
func (c Campus) AveragePower() Range[Power] {
	return rangeOf[Power](spanOf(c.Facility).times(spanOf(c.LoadFactor)))
}

// AnnualEnergy is a planning year of the average draw.
func (c Campus) AnnualEnergy() Range[Energy] {
	return rangeOf[Energy](spanOf(c.AveragePower()).scale(float64(PlanningYear)))
}

// Generator is a dispatchable or variable plant type, as the planner counts
// it: one reference unit of UnitCapacity at its CapacityFactor.
type Generator struct {
	UnitCapacity   Power
	CapacityFactor Range[float64]
	// Lifecycle is the lifecycle CO2e intensity of its electricity.
	Lifecycle Range[Intensity]
}

func (g Generator) validate() error {
	if err := check(FieldReference, float64(g.UnitCapacity)); err != nil {
		return err
	}
	cf := spanOf(g.CapacityFactor)
	if err := checkRange(FieldReference, cf); err != nil || cf.hi > 1 {
		return &InputError{Field: FieldReference, Reason: ReasonRange}
	}
	l := spanOf(g.Lifecycle)
	if !l.finite() || l.lo < 0 || l.lo > l.mid || l.mid > l.hi {
		return &InputError{Field: FieldReference, Reason: ReasonRange}
	}
	return nil
}

// FirmSupply is how many units of a generator, at their average output,
// deliver the campus's annual energy.
type FirmSupply struct {
	// Units is the count of reference units ("1.2 reactors").
	Units Range[float64]
	// Capacity is Units × the unit's capacity: the nameplate to build.
	Capacity Range[Power]
	// Emissions is the lifecycle CO2e of a year's supply.
	Emissions Range[Mass]
}

// SupplyFrom counts the units of g whose average output equals the
// campus's average draw. Fewer units are needed where each runs more, so
// the low count divides by the high capacity factor.
func SupplyFrom(c Campus, g Generator) (FirmSupply, error) {
	if err := c.Validate(); err != nil {
		return FirmSupply{}, err
	}
	if err := g.validate(); err != nil {
		return FirmSupply{}, err
	}
	avg := spanOf(c.AveragePower())
	unitOutput := spanOf(g.CapacityFactor).scale(float64(g.UnitCapacity))
	units := avg.over(unitOutput)
	return FirmSupply{
		Units:     rangeOf[float64](units),
		Capacity:  rangeOf[Power](units.scale(float64(g.UnitCapacity))),
		Emissions: rangeOf[Mass](spanOf(c.AnnualEnergy()).times(spanOf(g.Lifecycle))),
	}, nil
}

// Nation is one country's power system, as the planner compares it. A
// figure nobody published is zero, and its share is then not computed.
type Nation struct {
	// AnnualDemand is the country's electricity demand in its data year.
	AnnualDemand Energy
	// Capacity is its installed generating capacity.
	Capacity Range[Power]
	// Additions is the capacity it added in the latest year.
	Additions Range[Power]
}

// NationalShares put a campus beside a country's power system, in percent;
// a share whose national figure is unknown is the zero Range.
type NationalShares struct {
	// Demand is the campus's annual energy ÷ national annual demand.
	Demand Range[float64]
	// Capacity is the campus's facility power ÷ installed capacity.
	Capacity Range[float64]
	// Additions is the campus's facility power ÷ one year's additions.
	Additions Range[float64]
}

// SharesOf compares campus c with nation n.
func SharesOf(c Campus, n Nation) (NationalShares, error) {
	if err := c.Validate(); err != nil {
		return NationalShares{}, err
	}
	var s NationalShares
	if n.AnnualDemand != 0 {
		if err := check(FieldReference, float64(n.AnnualDemand)); err != nil {
			return NationalShares{}, err
		}
		s.Demand = rangeOf[float64](spanOf(c.AnnualEnergy()).scale(100 / float64(n.AnnualDemand)))
	}
	facility := spanOf(c.Facility)
	for _, p := range []struct {
		of   Range[Power]
		into *Range[float64]
	}{{n.Capacity, &s.Capacity}, {n.Additions, &s.Additions}} {
		if p.of == (Range[Power]{}) {
			continue
		}
		if err := checkRange(FieldReference, spanOf(p.of)); err != nil {
			return NationalShares{}, err
		}
		*p.into = rangeOf[float64](facility.over(spanOf(p.of)).scale(100))
	}
	return s, nil
}

// Money is an amount in US dollars. Prices and costs are nominal, in the
// year of the price table.
type Money float64

// Price is a price of electricity in US dollars per kWh.
type Price float64

// Cost returns what e costs at price p.
func (p Price) Cost(e Energy) Money { return Money(float64(p) * e.KilowattHours()) }

// AnnualCost is a year of the campus's energy at price p (USD per kWh).
func AnnualCost(c Campus, p Range[Price]) (Range[Money], error) {
	if err := c.Validate(); err != nil {
		return Range[Money]{}, err
	}
	if err := checkRange(FieldReference, spanOf(p)); err != nil {
		return Range[Money]{}, err
	}
	kwh := spanOf(c.AnnualEnergy()).scale(1 / float64(KilowattHour))
	return rangeOf[Money](kwh.times(spanOf(p))), nil
}

// Convert turns dollars into another currency at rate units per dollar.
func Convert(m Range[Money], rate Range[float64]) (Range[float64], error) {
	if err := checkRange(FieldReference, spanOf(rate)); err != nil {
		return Range[float64]{}, err
	}
	return rangeOf[float64](spanOf(m).times(spanOf(rate))), nil
}
