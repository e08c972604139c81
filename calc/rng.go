package calc

// Range is a low / central / high estimate. Every result of the model is a
// Range; an exact input is a Range whose three values are equal.
//
// Bounds combine by interval arithmetic on positive factors: a product's low
// bound is the product of its factors' low bounds, and a quotient's low bound
// divides the numerator's low by the denominator's high. The result is the
// envelope of every combination of inputs within their ranges, deliberately
// wider than a statistical interval: the sources give bounds, not
// distributions, so the model does not pretend to know how errors correlate.
type Range[T ~float64] struct {
	Low, Central, High T
}

// Exact returns the range whose bounds all equal v.
func Exact[T ~float64](v T) Range[T] { return Range[T]{v, v, v} }

// Spread returns the range low ≤ central ≤ high, reordered if needed.
func Spread[T ~float64](low, central, high T) Range[T] {
	if low > central {
		low = central
	}
	if high < central {
		high = central
	}
	return Range[T]{low, central, high}
}

// IsExact reports whether the range has no width.
func (r Range[T]) IsExact() bool { return r.Low == r.High }

// RelativeWidth is (high − low) / central, or 0 for an exact or zero range.
func (r Range[T]) RelativeWidth() float64 {
	if r.Central == 0 {
		return 0
	}
	return float64((r.High - r.Low) / r.Central)
}

// span is an untyped range, for arithmetic across quantity types.
type span struct{ lo, mid, hi float64 }

func spanOf[T ~float64](r Range[T]) span {
	return span{float64(r.Low), float64(r.Central), float64(r.High)}
}

func rangeOf[T ~float64](s span) Range[T] { return Range[T]{T(s.lo), T(s.mid), T(s.hi)} }

func point(v float64) span { return span{v, v, v} }

// times multiplies two positive spans.
func (a span) times(b span) span { return span{a.lo * b.lo, a.mid * b.mid, a.hi * b.hi} }

// over divides positive span a by positive span b: the low bound takes b's high.
func (a span) over(b span) span { return span{a.lo / b.hi, a.mid / b.mid, a.hi / b.lo} }

func (a span) scale(k float64) span { return span{a.lo * k, a.mid * k, a.hi * k} }

func (a span) plus(b span) span { return span{a.lo + b.lo, a.mid + b.mid, a.hi + b.hi} }

func (a span) finite() bool { return isFinite(a.lo) && isFinite(a.mid) && isFinite(a.hi) }
