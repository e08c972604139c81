package calc

// Energy is an amount of energy in joules.
type Energy float64

// Energy units.
const (
	Joule        Energy = 1
	WattHour     Energy = 3600 * Joule
	KilowattHour Energy = 1e3 * WattHour
	MegawattHour Energy = 1e6 * WattHour
	GigawattHour Energy = 1e9 * WattHour
	TerawattHour Energy = 1e12 * WattHour
)

// KilowattHours returns e in kWh (the 度 of Chinese bills).
func (e Energy) KilowattHours() float64 { return float64(e / KilowattHour) }

// WattHours returns e in Wh.
func (e Energy) WattHours() float64 { return float64(e / WattHour) }

// Per returns the average power that delivers e over d.
func (e Energy) Per(d Duration) Power { return Power(float64(e) / float64(d)) }

// Power is a rate of energy in watts.
type Power float64

// Power units.
const (
	Watt     Power = 1
	Kilowatt Power = 1e3 * Watt
	Megawatt Power = 1e6 * Watt
	Gigawatt Power = 1e9 * Watt
)

// Watts returns p in W.
func (p Power) Watts() float64 { return float64(p) }

// Megawatts returns p in MW.
func (p Power) Megawatts() float64 { return float64(p / Megawatt) }

// Over returns the energy p delivers in d.
func (p Power) Over(d Duration) Energy { return Energy(float64(p) * float64(d)) }

// Duration is a span of time in seconds. It is not time.Duration because
// comparisons reach millennia ("a wind turbine would need 3,000 years"),
// beyond time.Duration's 292 years.
type Duration float64

// Duration units. A year is the Julian year, 365.25 days, as in annual
// energy statistics averaged over leap years.
const (
	Second Duration = 1
	Minute Duration = 60 * Second
	Hour   Duration = 3600 * Second
	Day    Duration = 24 * Hour
	Year   Duration = 365.25 * Day
)

// Hours returns d in hours.
func (d Duration) Hours() float64 { return float64(d / Hour) }

// Days returns d in days.
func (d Duration) Days() float64 { return float64(d / Day) }

// Years returns d in years.
func (d Duration) Years() float64 { return float64(d / Year) }

// FLOP is a count of floating-point operations.
type FLOP float64

// FLOPRate is a throughput in FLOP per second.
type FLOPRate float64

// Time returns how long rate takes to perform f.
func (r FLOPRate) Time(f FLOP) Duration { return Duration(float64(f) / float64(r)) }

// Mass is a mass of CO2-equivalent greenhouse gas in kilograms.
type Mass float64

// Mass units.
const (
	Gram     Mass = 1e-3
	Kilogram Mass = 1
	Tonne    Mass = 1e3
)

// Kilograms returns m in kg.
func (m Mass) Kilograms() float64 { return float64(m) }

// Tonnes returns m in t.
func (m Mass) Tonnes() float64 { return float64(m / Tonne) }

// Intensity is greenhouse gas emitted per unit of electricity, in kg CO2e
// per joule. Grids and sources are quoted in g/kWh: use GramsPerKWh.
type Intensity float64

// GramsPerKWh converts an intensity quoted in gCO2e/kWh.
func GramsPerKWh(g float64) Intensity { return Intensity(g * float64(Gram) / float64(KilowattHour)) }

// GramsPerKWh returns i in gCO2e/kWh.
func (i Intensity) GramsPerKWh() float64 { return float64(i) * gramsPerKWhPerUnit }

// Emissions returns the CO2e of generating e at intensity i.
func (i Intensity) Emissions(e Energy) Mass { return Mass(float64(i) * float64(e)) }

// Area is a land area in square metres.
type Area float64

// Area units.
const (
	SquareMetre     Area = 1
	Hectare         Area = 1e4 * SquareMetre
	SquareKilometre Area = 1e6 * SquareMetre
)

// SquareKilometres returns a in km².
func (a Area) SquareKilometres() float64 { return float64(a / SquareKilometre) }
