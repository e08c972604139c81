package calc

// gramsPerKWhPerUnit converts an Intensity (kg/J) to g/kWh.
const gramsPerKWhPerUnit = float64(KilowattHour) / float64(Gram)

// Emissions returns the CO2e of e generated at intensity i. A zero
// intensity (a visitor's own figure for a carbon-free supply) is allowed
// and gives zero.
func Emissions(e Range[Energy], i Range[Intensity]) (Range[Mass], error) {
	if err := checkRange(FieldIntensity, spanOf(i).scale(gramsPerKWhPerUnit)); err != nil {
		return Range[Mass]{}, err
	}
	return rangeOf[Mass](spanOf(e).times(spanOf(i))), nil
}
