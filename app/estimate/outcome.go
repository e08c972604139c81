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
	// Training is the preset's training result, for the break-even.
	Training calc.Result
}

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
	if out.Comparisons, err = calc.Compare(out.Result, references(res)); err != nil {
		return out, err
	}
	if res.Method == calc.MethodInference {
		training, err := Estimate(in.WithMethod(calc.Method(res.Preset.Method)))
		if err != nil {
			return out, err
		}
		out.Training = training.Result
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
