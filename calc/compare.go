package calc

// HouseholdYears returns how many years of one household's (or one
// person's) residential electricity e equals. A household that uses more
// gives fewer household-years, so the low bound divides by the high use.
func HouseholdYears(e Range[Energy], perYear Range[Energy]) (Range[float64], error) {
	if err := checkRange(FieldReference, spanOf(perYear)); err != nil {
		return Range[float64]{}, err
	}
	return rangeOf[float64](spanOf(e).over(spanOf(perYear))), nil
}

// Country is one row of the countries table, as the model needs it.
type Country struct {
	// AnnualDemand is the country's electricity demand in its data year.
	AnnualDemand Energy
	// PerCapita is demand per person per year.
	PerCapita Energy
	// Intensity is the lifecycle carbon intensity of its generation.
	Intensity Intensity
}

// CountryComparison puts an energy beside one country's electricity.
type CountryComparison struct {
	// PersonYears is how many years of one resident's share of national
	// demand (all sectors, not only homes) the energy equals.
	PersonYears Range[float64]
	// SharePercent is the energy as a percentage of a year's demand.
	SharePercent Range[float64]
	// Consumption is how long the whole country takes to use that much.
	Consumption Range[Duration]
}

// CompareCountry puts e beside country c's annual electricity.
func CompareCountry(e Range[Energy], c Country) (CountryComparison, error) {
	if err := check(FieldReference, float64(c.AnnualDemand)); err != nil {
		return CountryComparison{}, err
	}
	if err := check(FieldReference, float64(c.PerCapita)); err != nil {
		return CountryComparison{}, err
	}
	s := spanOf(e)
	share := s.scale(1 / float64(c.AnnualDemand))
	return CountryComparison{
		PersonYears:  rangeOf[float64](s.scale(1 / float64(c.PerCapita))),
		SharePercent: rangeOf[float64](share.scale(100)),
		Consumption:  rangeOf[Duration](share.scale(float64(Year))),
	}, nil
}

// Source is one way of generating electricity with its reference unit.
type Source struct {
	// UnitCapacity is the nameplate capacity of the reference unit (a 1 GW
	// reactor, the Three Gorges dam, one wind turbine).
	UnitCapacity Power
	// CapacityFactor is average output ÷ nameplate capacity.
	CapacityFactor Range[float64]
	// Lifecycle is the lifecycle emissions intensity of its electricity.
	Lifecycle Range[Intensity]
	// LandPerMW is the land taken per MW of capacity; zero where the
	// comparison is not made.
	LandPerMW Area
}

// SourceComparison says what generating an energy with one source means.
type SourceComparison struct {
	// UnitRunTime is how long one reference unit, at its capacity factor,
	// must run to generate the energy.
	UnitRunTime Range[Duration]
	// CapacityNeeded is the nameplate capacity that, at its capacity
	// factor, generates the energy within the run's duration; zero where
	// the duration is unknown.
	CapacityNeeded Range[Power]
	// Land is the land for CapacityNeeded (zero where not compared).
	Land Range[Area]
	// Emissions is the lifecycle CO2e of generating the energy this way.
	Emissions Range[Mass]
	// UnitsForPower is the continuous power as a multiple of one unit's
	// average output ("0.15 of a reactor"); zero where power is unknown.
	UnitsForPower Range[float64]
}

// CompareSource puts energy e, drawn as continuous power p over duration d
// (either may be zero when unknown), beside power source s.
func CompareSource(e Range[Energy], p Range[Power], d Duration, s Source) (SourceComparison, error) {
	if err := check(FieldReference, float64(s.UnitCapacity)); err != nil {
		return SourceComparison{}, err
	}
	if err := checkRange(FieldReference, spanOf(s.CapacityFactor)); err != nil || s.CapacityFactor.High > 1 {
		return SourceComparison{}, &InputError{Field: FieldReference, Reason: ReasonRange}
	}
	if s.Lifecycle.Low < 0 || s.Lifecycle.Low > s.Lifecycle.Central || s.Lifecycle.Central > s.Lifecycle.High || s.LandPerMW < 0 {
		return SourceComparison{}, &InputError{Field: FieldReference, Reason: ReasonRange}
	}
	energy := spanOf(e)
	cf := spanOf(s.CapacityFactor)
	unitOutput := cf.scale(float64(s.UnitCapacity))
	c := SourceComparison{
		UnitRunTime:   rangeOf[Duration](energy.over(unitOutput)),
		Emissions:     rangeOf[Mass](energy.times(spanOf(s.Lifecycle))),
		UnitsForPower: rangeOf[float64](spanOf(p).over(unitOutput)),
	}
	if d > 0 {
		capacity := energy.scale(1 / float64(d)).over(cf)
		c.CapacityNeeded = rangeOf[Power](capacity)
		c.Land = rangeOf[Area](capacity.scale(float64(s.LandPerMW) / float64(Megawatt)))
	}
	return c, nil
}
