package calc

import "math"

// Solar + storage sized to run a campus round the clock.
//
// The method is an hourly balance of one design day, not a single ratio:
//
//  1. The design day is the winter solstice at the site's latitude, the
//     shortest day and the weakest sun of the year. Its day length follows
//     from the latitude and the sun's declination (−23.44°):
//     cos ω = −tan φ · tan δ, day length = 24 h · ω / π.
//  2. Its PV yield is the site's annual-average yield (capacity factor ×
//     24 h per unit of capacity) scaled by the ratio of the solstice's
//     extraterrestrial irradiation to the year's mean at that latitude
//     (cos φ cos δ sin ω + ω sin φ sin δ). Clouds are in the capacity
//     factor, not in the ratio, so a cloudy winter is treated like an
//     average one: the margin below covers poor days.
//  3. PV output follows a half-sine from sunrise to sunset whose integral
//     is that yield, clipped at the nameplate.
//  4. The load is flat at the campus's average draw. PV serves it directly
//     while it can; the surplus charges a battery that returns RoundTrip of
//     it; the battery serves every hour PV cannot. The smallest PV capacity
//     for which RoundTrip × surplus covers the deficit balances the day, and
//     the battery is that deficit.
//  5. PV is then multiplied by 1 + Margin, so that a day with 1/(1 + Margin)
//     of the design day's sun still balances.
//
// Everything scales with the load, so the balance is solved for a load of
// one watt and multiplied.

// SolarSite is where the PV is built.
type SolarSite struct {
	// CapacityFactor is the annual average AC output ÷ AC nameplate.
	CapacityFactor Range[float64]
	// Latitude is in degrees, north or south (the sign is ignored: the
	// design day is the local winter solstice either way).
	Latitude float64
}

// StorageAssumptions are the technology figures of the sizing.
type StorageAssumptions struct {
	// RoundTrip is the battery's round-trip efficiency (energy out ÷ in).
	RoundTrip Range[float64]
	// Margin is the PV overbuild for poor days, as a fraction (0.2 = +20%).
	Margin Range[float64]
	// LandPerMW is the land a PV plant takes per MW (AC).
	LandPerMW Range[Area]
	// Lifecycle is the lifecycle CO2e intensity of PV electricity;
	// batteries' own manufacturing is not counted.
	Lifecycle Range[Intensity]
}

// SolarStorage is the sized plant.
type SolarStorage struct {
	// PV is the AC nameplate, margin included.
	PV Range[Power]
	// Battery is the energy the battery must hold to carry the design
	// day's night.
	Battery Range[Energy]
	// Land is the PV plant's land; the battery's is negligible beside it.
	Land Range[Area]
	// Emissions is the lifecycle CO2e of a year of the PV's output,
	// curtailed output included.
	Emissions Range[Mass]
	// DayLength is the design day's sunrise to sunset.
	DayLength Duration
	// SeasonRatio is the design day's PV yield ÷ the annual-average day's.
	SeasonRatio float64
	// Day is the design day's balance at central values, for the chart.
	Day SolarDay
}

// SolarDay is a design day in steps of Step, from midnight solar time.
// Element i describes the step ending at (i+1) × Step.
type SolarDay struct {
	Step Duration
	// PV is the plant's output, Load the campus's draw.
	PV, Load []Power
	// Charge is the battery's state of charge at the end of each step.
	Charge []Energy
	// Sunrise and Sunset are solar times (Sunrise + Sunset = 24 h).
	Sunrise, Sunset Duration
}

// dayStepsPerHour sets the balance's resolution: 5-minute steps keep the
// sizing within 0.1% of the analytic half-sine.
const dayStepsPerHour = 12

// Solar geometry.
const (
	solsticeDeclination = -23.44 * math.Pi / 180
	// maxSolarLatitude keeps the design day from being a polar night.
	maxSolarLatitude = 66
)

// SizeSolarStorage sizes PV and a battery to run campus c round the clock
// at site s. The low bound pairs the low load with the sunnier, more
// efficient and less cautious end of every range.
func SizeSolarStorage(c Campus, s SolarSite, a StorageAssumptions) (SolarStorage, error) {
	if err := c.Validate(); err != nil {
		return SolarStorage{}, err
	}
	if err := s.validate(); err != nil {
		return SolarStorage{}, err
	}
	if err := a.validate(); err != nil {
		return SolarStorage{}, err
	}
	day, ratio := designDay(s.Latitude)
	load := spanOf(c.AveragePower())
	cf := spanOf(s.CapacityFactor)
	eta := spanOf(a.RoundTrip)
	margin := spanOf(a.Margin)

	// PV and battery per watt of load at each end of the ranges.
	// The design day's yield in hours of full output.
	yield := span{cf.lo, cf.mid, cf.hi}.scale(24 * ratio)
	pvLo, batLo := balance(day, yield.hi, eta.hi)
	pvMid, batMid := balance(day, yield.mid, eta.mid)
	pvHi, batHi := balance(day, yield.lo, eta.lo)
	pv := span{pvLo * (1 + margin.lo), pvMid * (1 + margin.mid), pvHi * (1 + margin.hi)}.times(load)
	// The night's deficit per watt of load barely moves with the yield
	// (more sun is answered with fewer panels), and not monotonically: the
	// battery's range is the envelope of the three.
	battery := orderedSpan(span{batLo, batMid, batHi}).times(load).scale(float64(Hour))
	out := SolarStorage{
		PV:          rangeOf[Power](pv),
		Battery:     rangeOf[Energy](battery),
		Land:        rangeOf[Area](pv.scale(1 / float64(Megawatt)).times(spanOf(a.LandPerMW))),
		DayLength:   day,
		SeasonRatio: ratio,
	}
	// A year of PV output: nameplate × capacity factor × 8,760 h. The low
	// bound's PV goes with the high capacity factor, so the product is
	// taken per bound rather than by interval arithmetic.
	generation := span{pv.lo * cf.hi, pv.mid * cf.mid, pv.hi * cf.lo}.scale(float64(PlanningYear))
	out.Emissions = rangeOf[Mass](orderedSpan(generation).times(spanOf(a.Lifecycle)))
	out.Day = simulateDay(day, yield.mid, eta.mid, load.mid, pv.mid, battery.mid)
	if !pv.finite() || !battery.finite() || !spanOf(out.Emissions).finite() {
		return SolarStorage{}, &InputError{Field: FieldReference, Reason: ReasonRange}
	}
	return out, nil
}

func (s SolarSite) validate() error {
	cf := spanOf(s.CapacityFactor)
	if err := checkRange(FieldReference, cf); err != nil || cf.hi > 1 {
		return &InputError{Field: FieldReference, Reason: ReasonRange}
	}
	if !isFinite(s.Latitude) || math.Abs(s.Latitude) > maxSolarLatitude {
		return &InputError{Field: FieldReference, Reason: ReasonRange, Min: -maxSolarLatitude, Max: maxSolarLatitude}
	}
	return nil
}

func (a StorageAssumptions) validate() error {
	eta := spanOf(a.RoundTrip)
	if err := checkRange(FieldReference, eta); err != nil || eta.hi > 1 {
		return &InputError{Field: FieldReference, Reason: ReasonRange}
	}
	m := spanOf(a.Margin)
	if !m.finite() || m.lo < 0 || m.lo > m.mid || m.mid > m.hi || m.hi > 10 {
		return &InputError{Field: FieldReference, Reason: ReasonRange}
	}
	if err := checkRange(FieldReference, spanOf(a.LandPerMW)); err != nil {
		return err
	}
	l := spanOf(a.Lifecycle)
	if !l.finite() || l.lo < 0 || l.lo > l.mid || l.mid > l.hi {
		return &InputError{Field: FieldReference, Reason: ReasonRange}
	}
	return nil
}

// orderedSpan sorts a span's bounds, for products whose factors move in
// opposite directions.
func orderedSpan(s span) span {
	lo, hi := math.Min(s.lo, math.Min(s.mid, s.hi)), math.Max(s.lo, math.Max(s.mid, s.hi))
	return span{lo, s.mid, hi}
}

// designDay returns the winter solstice's day length at latitude (degrees)
// and its extraterrestrial irradiation as a fraction of the year's mean.
func designDay(latitude float64) (Duration, float64) {
	phi := math.Abs(latitude) * math.Pi / 180
	winter := dailyIrradiation(phi, solsticeDeclination)
	// The year's mean, over the declination of each day (Cooper 1969).
	var sum float64
	for n := 1; n <= 365; n++ {
		sum += dailyIrradiation(phi, 23.44*math.Pi/180*math.Sin(2*math.Pi*float64(284+n)/365))
	}
	return Duration(24 / math.Pi * sunsetAngle(phi, solsticeDeclination) * float64(Hour)), winter / (sum / 365)
}

// sunsetAngle is the hour angle of sunset in radians.
func sunsetAngle(phi, delta float64) float64 {
	return math.Acos(math.Max(-1, math.Min(1, -math.Tan(phi)*math.Tan(delta))))
}

// dailyIrradiation is proportional to a day's extraterrestrial irradiation
// on a horizontal surface.
func dailyIrradiation(phi, delta float64) float64 {
	w := sunsetAngle(phi, delta)
	return math.Cos(phi)*math.Cos(delta)*math.Sin(w) + w*math.Sin(phi)*math.Sin(delta)
}

// shape is the PV output per watt of capacity in each step of a day whose
// yield is yieldHours of full output: a half-sine over the daylight,
// clipped at 1.
func shape(day Duration, yieldHours float64) []float64 {
	steps := 24 * dayStepsPerHour
	out := make([]float64, steps)
	d := day.Hours()
	if d <= 0 || yieldHours <= 0 {
		return out
	}
	peak := yieldHours * math.Pi / (2 * d)
	rise := 12 - d/2
	for i := range out {
		t := (float64(i) + 0.5) / dayStepsPerHour
		if t > rise && t < rise+d {
			out[i] = math.Min(1, peak*math.Sin(math.Pi*(t-rise)/d))
		}
	}
	return out
}

// balance returns the PV capacity and battery energy (in watt-hours) that
// run a one-watt flat load through a day of the given yield.
func balance(day Duration, yieldHours, roundTrip float64) (pv, batteryWh float64) {
	s := shape(day, yieldHours)
	step := 1.0 / dayStepsPerHour
	// surplus − deficit/roundTrip rises with capacity: bracket its root,
	// then bisect.
	net := func(c float64) (float64, float64) {
		var surplus, deficit float64
		for _, v := range s {
			if p := c * v; p > 1 {
				surplus += (p - 1) * step
			} else {
				deficit += (1 - p) * step
			}
		}
		return roundTrip*surplus - deficit, deficit
	}
	lo, hi := 0.0, 1.0
	for i := 0; i < 64; i++ {
		if f, _ := net(hi); f >= 0 {
			break
		}
		lo, hi = hi, hi*2
	}
	if f, _ := net(hi); f < 0 {
		return math.Inf(1), math.Inf(1) // no sun: refused by the caller's finiteness check
	}
	for i := 0; i < 60; i++ {
		mid := (lo + hi) / 2
		if f, _ := net(mid); f >= 0 {
			hi = mid
		} else {
			lo = mid
		}
	}
	_, deficit := net(hi)
	return hi, deficit
}

// simulateDay runs the built plant (pv watts, battery joules) through the
// design day for a flat load; surplus the full battery cannot take is
// curtailed.
func simulateDay(day Duration, yieldHours, roundTrip, load, pv, battery float64) SolarDay {
	s := shape(day, yieldHours)
	n := len(s)
	out := SolarDay{
		Step:    Hour / dayStepsPerHour,
		PV:      make([]Power, n),
		Load:    make([]Power, n),
		Charge:  make([]Energy, n),
		Sunrise: Duration((12 - day.Hours()/2) * float64(Hour)),
		Sunset:  Duration((12 + day.Hours()/2) * float64(Hour)),
	}
	// Two days from sunrise with an empty battery: the second starts where
	// the first left off, the steady state of a plant that runs every day.
	first := int(out.Sunrise / out.Step)
	charge := 0.0
	step := float64(out.Step)
	for k := 0; k < 2*n; k++ {
		i := (first + k) % n
		p := pv * s[i]
		if p >= load {
			charge = math.Min(battery, charge+roundTrip*(p-load)*step)
		} else {
			charge = math.Max(0, charge-(load-p)*step)
		}
		if k >= n {
			out.PV[i], out.Load[i], out.Charge[i] = Power(p), Power(load), Energy(charge)
		}
	}
	return out
}
