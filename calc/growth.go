package calc

import "math"

// Growth is an exponential trend fitted to points (year, value).
type Growth struct {
	// DoublingYears is how long the trend takes to double.
	DoublingYears float64
	// Log2Intercept and Log2PerYear give log2(value) = Log2Intercept + Log2PerYear × year.
	Log2Intercept, Log2PerYear float64
	// R2 is the coefficient of determination of the fit in log space.
	R2 float64
}

// At returns the trend's value in a given year.
func (g Growth) At(year float64) float64 { return math.Exp2(g.Log2Intercept + g.Log2PerYear*year) }

// FitGrowth fits value = a × 2^(year/T) by least squares on log2(value).
// It needs at least two distinct years and positive values; otherwise ok
// is false. A flat or falling trend has an infinite or negative doubling
// time, which is reported as ok = false too: "doubling every −3 years"
// would mislead.
func FitGrowth(years, values []float64) (g Growth, ok bool) {
	if len(years) != len(values) || len(years) < 2 {
		return Growth{}, false
	}
	var n, sx, sy, sxx, sxy float64
	for i, x := range years {
		v := values[i]
		if !(v > 0) || !isFinite(v) || !isFinite(x) {
			return Growth{}, false
		}
		y := math.Log2(v)
		n++
		sx += x
		sy += y
		sxx += x * x
		sxy += x * y
	}
	den := n*sxx - sx*sx
	if den == 0 {
		return Growth{}, false
	}
	slope := (n*sxy - sx*sy) / den
	intercept := (sy - slope*sx) / n
	if !(slope > 0) {
		return Growth{}, false
	}
	meanY := sy / n
	var ssTot, ssRes float64
	for i, x := range years {
		y := math.Log2(values[i])
		ssTot += (y - meanY) * (y - meanY)
		r := y - (intercept + slope*x)
		ssRes += r * r
	}
	r2 := 1.0
	if ssTot > 0 {
		r2 = 1 - ssRes/ssTot
	}
	return Growth{DoublingYears: 1 / slope, Log2Intercept: intercept, Log2PerYear: slope, R2: r2}, true
}
