package ui

import (
	"strconv"

	"wattledger/app/planner"
	"wattledger/app/ui/dom"
	"wattledger/calc"
	"wattledger/content"
)

// powerFigures is the power page's results as text in one language, made
// once per change from a planner outcome. The DOM contract's values are
// dom.Number strings, empty where the figure is unknown or the input
// invalid; the rest fill the catalogue's placeholders.
type powerFigures struct {
	OK bool

	// The DOM contract.
	KWh, MW, Reactors, SolarGW, StorageGWh, SolarKm2 string
	Demand, Capacity, Additions, USD                 string

	Energy, EnergyRange, Facility, FacilityRange, LoadFactor string
	// Cluster is the cluster's line, empty unless it was given as
	// accelerators.
	Cluster string
	// CampusName, CampusStatus and CampusAsOf describe a named campus.
	CampusName, CampusStatus, CampusAsOf string

	ReactorsText, GasText, WindText string
	ReactorsCF, GasCF               string
	WindCapacity, WindStorage       string
	PV, Battery, Land, SolarDay     string
	SolarFallback                   bool
	CO2                             []co2Line

	Country                                    string
	DemandShare, CapacityShare, AdditionsShare string
	AdditionsYear                              string
	Cost, Price, CostCNY, Rate                 string
}

// co2Line is one supply option's lifecycle CO2e for a year.
type co2Line struct{ Name, Value string }

// newPowerFigures formats o in language l; ok is false while an input is
// invalid, and then only the headings are filled.
func newPowerFigures(l content.Lang, o planner.Outcome, ok bool) powerFigures {
	if !ok {
		return powerFigures{}
	}
	f := powerFigures{OK: true}
	f.KWh = dom.Number(o.AnnualEnergy.Central.KilowattHours())
	f.MW = dom.Number(o.Facility.Central.Megawatts())
	f.Energy = annualEnergy(l, o.AnnualEnergy)
	if !o.AnnualEnergy.IsExact() {
		f.EnergyRange = l.T("result.range", "range", annualEnergyRange(l, o.AnnualEnergy))
	}
	f.Facility = campusPower(l, o.Facility)
	if !o.Facility.IsExact() {
		f.FacilityRange = l.T("result.range", "range", campusPowerRange(l, o.Facility))
	}
	f.LoadFactor = content.Number(l, o.LoadFactor.Central, 2)
	if o.Basis == planner.BasisCluster {
		c := o.Cluster
		f.Cluster = l.T("power.result.cluster", "n", content.Number(l, c.Accelerators, 4), "hw", c.Hardware.Name,
			"pue", content.Number(l, c.PUE.Central, 3), "power", campusPower(l, o.Facility))
	}
	if o.HasCampus {
		f.campus(l, o.Campus)
	}
	f.supply(l, o)
	f.nation(l, o)
	return f
}

func (f *powerFigures) campus(l content.Lang, c content.CampusPreset) {
	f.CampusName = c.NameEN
	if l == content.Chinese {
		f.CampusName = c.NameZH
	}
	f.CampusStatus = l.T("power.campus." + string(c.Status))
	if c.Status == content.CampusPartlyBuilt && c.BuiltMW.Known() {
		f.CampusStatus = l.T("power.campus.partly-built",
			"built", megawatts(l, c.BuiltMW.Value), "total", megawatts(l, c.FacilityMW.Value))
	}
	// As of when it was published: a figure's own year can be the year a
	// plan is due.
	year := c.FacilityMW.Year
	if src, ok := content.SourceByID(c.FacilityMW.Source); ok && src.Year > 0 {
		year = src.Year
	}
	f.CampusAsOf = l.T("power.campus.as_of", "year", strconv.Itoa(year))
}

// supply writes the plants that would power the campus: their capacity is a
// plant's (PlantCapacity, 万千瓦 in Chinese), the campus's own draw Power's.
func (f *powerFigures) supply(l content.Lang, o planner.Outcome) {
	f.Reactors = dom.Number(o.Reactors.Units.Central)
	f.ReactorsText = content.Number(l, o.Reactors.Units.Central, 2)
	f.GasText = content.Number(l, o.Gas.Units.Central, 2)
	f.WindText = content.Number(l, o.Wind.Units.Central, 2)
	f.ReactorsCF, f.GasCF = capacityFactor(l, "nuclear"), capacityFactor(l, "gas")
	f.WindCapacity = content.PlantCapacity(l, o.Wind.Capacity)
	f.WindStorage = content.Energy(l, o.WindStorage)
	f.SolarGW = dom.Number(float64(o.Solar.PV.Central / calc.Gigawatt))
	f.StorageGWh = dom.Number(float64(o.Solar.Battery.Central / calc.GigawattHour))
	f.SolarKm2 = dom.Number(o.Solar.Land.Central.SquareKilometres())
	f.PV = content.PlantCapacity(l, o.Solar.PV)
	f.Battery = content.Energy(l, o.Solar.Battery)
	f.Land = content.Area(l, o.Solar.Land)
	f.SolarDay = l.T("power.supply.solar.day",
		"lat", l.T("unit.deg", "n", content.Number(l, o.SolarSite.LatitudeDeg.Value, 2)),
		"hours", l.T("unit.hours", "n", content.Number(l, o.Solar.DayLength.Hours(), 3)),
		"ratio", percent(l, o.Solar.SeasonRatio),
		"margin", percent(l, content.PlannerAssumptions.SolarMargin.Value))
	f.SolarFallback = o.SolarFallback
	for _, s := range []struct {
		id string
		m  calc.Range[calc.Mass]
	}{{"nuclear", o.Reactors.Emissions}, {"gas", o.Gas.Emissions}, {"wind", o.Wind.Emissions}, {"solar", o.Solar.Emissions}} {
		f.CO2 = append(f.CO2, co2Line{Name: l.T("source." + s.id + ".name"), Value: content.Mass(l, s.m)})
	}
	f.CO2 = append(f.CO2, co2Line{Name: l.T("power.supply.co2.grid"), Value: content.Mass(l, o.GridEmissions)})
}

func (f *powerFigures) nation(l content.Lang, o planner.Outcome) {
	f.Country = o.Region.Name(l)
	f.Demand = dom.Number(o.Shares.Demand.Central)
	f.DemandShare = content.Percent(l, o.Shares.Demand)
	if o.HasCapacity {
		f.Capacity = dom.Number(o.Shares.Capacity.Central)
		f.CapacityShare = content.Percent(l, o.Shares.Capacity)
	}
	if o.HasAdditions {
		f.Additions = dom.Number(o.Shares.Additions.Central)
		f.AdditionsShare = content.Percent(l, o.Shares.Additions)
		f.AdditionsYear = strconv.Itoa(o.Grid.AdditionsGW.Year)
	}
	if o.HasPrice {
		f.USD = dom.Number(float64(o.CostUSD.Central))
		f.Cost = money(l, "unit.usd", float64(o.CostUSD.Central))
		f.Price = l.T("unit.usd", "n", content.Number(l, o.Price.USDPerKWh.Value, 2))
		f.CostCNY = money(l, "unit.cny", o.CostCNY.Central)
		f.Rate = content.Number(l, content.PlannerAssumptions.CNYPerUSD.Value, 3)
	}
}

// money writes an amount with three significant figures: "US$706
// million", "7.06亿美元".
func money(l content.Lang, unit string, v float64) string {
	return l.T(unit, "n", content.Number(l, v, 3))
}

// percent writes a fraction as a percentage with two significant figures.
func percent(l content.Lang, fraction float64) string {
	return content.Number(l, fraction*100, 2) + "%"
}

// capacityFactor is a reference plant's average output ÷ nameplate.
func capacityFactor(l content.Lang, source string) string {
	s, _ := content.PowerSourceByID(source)
	return percent(l, s.CapacityFactor.Value)
}

// megawatts formats a campus's published MW figure.
func megawatts(l content.Lang, mw float64) string {
	return campusPower(l, calc.Exact(calc.Power(mw)*calc.Megawatt))
}
