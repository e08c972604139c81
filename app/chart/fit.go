package chart

import (
	"errors"
	"math"
)

// FitGrowth fits an exponential trend to training energy against year, by
// least squares on the natural log of the energy, and returns the time the
// trend takes to double, in years, with the fitted curve. It needs runs in
// at least two different years, all with positive energy, and energy that
// grows.
func FitGrowth(points []GrowthPoint) (doublingYears float64, trend func(year float64) (kWh float64), err error) {
	years := make([]float64, len(points))
	logKWh := make([]float64, len(points))
	for i, p := range points {
		if !positive(p.KWh) {
			return 0, nil, errors.New("chart: growth fit: energy must be positive")
		}
		years[i], logKWh[i] = p.Year, math.Log(p.KWh)
	}
	if !twoYears(years) {
		return 0, nil, errors.New("chart: growth fit: need runs from at least two years")
	}
	intercept, slope := leastSquares(years, logKWh)
	if slope <= 0 {
		return 0, nil, errors.New("chart: growth fit: energy does not grow with time")
	}
	trend = func(year float64) float64 { return math.Exp(intercept + slope*year) }
	return math.Ln2 / slope, trend, nil
}

func twoYears(years []float64) bool {
	for _, y := range years {
		if y != years[0] {
			return true
		}
	}
	return false
}

// leastSquares fits y = a + b·x. It is written out rather than taken from
// gonum/stat, which plot does not otherwise link, to keep the WebAssembly
// small; the test checks it against a known doubling time.
func leastSquares(x, y []float64) (a, b float64) {
	n := float64(len(x))
	var mx, my float64
	for i := range x {
		mx += x[i] / n
		my += y[i] / n
	}
	var sxy, sxx float64
	for i := range x {
		sxy += (x[i] - mx) * (y[i] - my)
		sxx += (x[i] - mx) * (x[i] - mx)
	}
	b = sxy / sxx
	return my - b*mx, b
}
