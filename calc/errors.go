package calc

import (
	"fmt"
	"math"
)

// Field names an input. The names are the URL parameters of the calculator
// (n, hours, pue …), so an error can point at the form field and the link
// parameter alike.
type Field string

// The model's inputs.
const (
	FieldPreset           Field = "preset"
	FieldMethod           Field = "method"
	FieldHardware         Field = "hw"
	FieldAccelerators     Field = "n"
	FieldHours            Field = "hours"
	FieldAcceleratorHours Field = "gpuh"
	FieldPower            Field = "w"
	FieldHostPower        Field = "host"
	// FieldNetwork is the cluster's network and storage share of server
	// power; like host it is a default of the tables, not a URL parameter.
	FieldNetwork    Field = "net"
	FieldPUE        Field = "pue"
	FieldFLOPs      Field = "flops"
	FieldParameters Field = "params"
	FieldTokens     Field = "tokens"
	FieldPeakFLOPs  Field = "peak"
	FieldMFU        Field = "mfu"
	FieldRegion     Field = "region"
	// FieldGrid is the grid the run drew from, when it differs from the
	// region it is compared with (an iso_code, like region).
	FieldGrid Field = "grid"
	// FieldFacility is the data centre's class (hyperscale, large …),
	// which sets the default PUE.
	FieldFacility       Field = "facility"
	FieldIntensity      Field = "ci"
	FieldQueryWh        Field = "qwh"
	FieldQueriesPerDay  Field = "qpd"
	FieldDays           Field = "days"
	FieldTokensPerQuery Field = "qtokens"
	// FieldTrainingEnergy is the training energy a break-even is measured against.
	FieldTrainingEnergy Field = "training"
	// FieldReference is a comparison's reference figure (a household's
	// annual use, a plant's capacity): bad data, not bad visitor input.
	FieldReference Field = "reference"
)

// Reason says what is wrong with an input. The strings are stable: the app
// maps each to a message in the visitor's language.
type Reason string

// Reasons an input is refused.
const (
	ReasonMissing  Reason = "missing"   // required and not given
	ReasonNaN      Reason = "nan"       // not a number
	ReasonInfinite Reason = "infinite"  // ±Inf
	ReasonNegative Reason = "negative"  // below zero
	ReasonZero     Reason = "zero"      // zero where that is impossible
	ReasonTooSmall Reason = "too_small" // below the field's minimum (a PUE under 1)
	ReasonTooLarge Reason = "too_large" // beyond the field's plausible maximum
	ReasonUnknown  Reason = "unknown"   // an id that is not in the tables
	ReasonRange    Reason = "range"     // low > central or central > high
)

// InputError is the model's only error: which field, and why. Min and Max
// are the field's accepted bounds, for the message shown to the visitor.
type InputError struct {
	Field  Field
	Reason Reason
	Min    float64
	Max    float64
}

func (e *InputError) Error() string {
	switch e.Reason {
	case ReasonTooSmall, ReasonTooLarge:
		return fmt.Sprintf("%s: %s (accepted %g to %g)", e.Field, e.Reason, e.Min, e.Max)
	}
	return fmt.Sprintf("%s: %s", e.Field, e.Reason)
}

// limit is the accepted interval of one field. Bounds are wide enough for any
// real or imagined AI workload and tight enough that no product of inputs
// can overflow a float64.
type limit struct {
	min, max  float64
	allowZero bool
}

// limitOf returns a field's accepted interval. It is a switch, not a map:
// every comparison validates hundreds of numbers, and a map lookup per
// number was a sixth of an estimate's time.
func limitOf(f Field) (limit, bool) {
	switch f {
	case FieldAccelerators:
		return limit{min: 1, max: 1e8}, true
	case FieldHours:
		return limit{min: 1e-3, max: 1e6}, true
	case FieldAcceleratorHours:
		return limit{min: 1e-3, max: 1e13}, true
	case FieldPower:
		return limit{min: 1, max: 1e5}, true
	case FieldHostPower:
		return limit{min: 0, max: 1e5, allowZero: true}, true
	case FieldNetwork:
		return limit{min: 0, max: 1, allowZero: true}, true
	case FieldPUE:
		return limit{min: 1, max: 5}, true
	case FieldFLOPs:
		return limit{min: 1, max: 1e35}, true
	case FieldParameters:
		return limit{min: 1, max: 1e16}, true
	case FieldTokens:
		return limit{min: 1, max: 1e18}, true
	case FieldPeakFLOPs:
		return limit{min: 1e9, max: 1e18}, true
	case FieldMFU:
		return limit{min: 1e-3, max: 1}, true
	case FieldIntensity:
		return limit{min: 0, max: 5000, allowZero: true}, true
	case FieldQueryWh:
		return limit{min: 1e-6, max: 1e6}, true
	case FieldQueriesPerDay:
		return limit{min: 1e-3, max: 1e14}, true
	case FieldDays:
		return limit{min: 1e-3, max: 1e5}, true
	case FieldTokensPerQuery:
		return limit{min: 1, max: 1e9}, true
	case FieldTrainingEnergy:
		return limit{min: 0, max: 1e30, allowZero: true}, true
	case FieldReference:
		return limit{min: 1e-12, max: 1e30}, true
	}
	return limit{}, false
}

// Limits returns the accepted bounds of a numeric field, for forms and
// messages; ok is false for a field that is not a number.
func Limits(f Field) (min, max float64, ok bool) {
	l, ok := limitOf(f)
	return l.min, l.max, ok
}

// check validates one number against its field's limits.
func check(f Field, v float64) error {
	l, _ := limitOf(f)
	return l.check(f, v)
}

// checkRange validates each bound of s and their order.
func checkRange(f Field, s span) error {
	l, _ := limitOf(f)
	return l.checkRange(f, s)
}

// check validates one number of field f against l; the calculator's and
// the planner's fields differ only in their limits.
func (l limit) check(f Field, v float64) error {
	switch {
	case math.IsNaN(v):
		return &InputError{Field: f, Reason: ReasonNaN}
	case math.IsInf(v, 0):
		return &InputError{Field: f, Reason: ReasonInfinite}
	case v < 0:
		return &InputError{Field: f, Reason: ReasonNegative}
	case v == 0 && l.allowZero:
		return nil
	case v == 0:
		return &InputError{Field: f, Reason: ReasonZero}
	case v < l.min:
		return &InputError{Field: f, Reason: ReasonTooSmall, Min: l.min, Max: l.max}
	case v > l.max:
		return &InputError{Field: f, Reason: ReasonTooLarge, Min: l.min, Max: l.max}
	}
	return nil
}

// checkRange validates each bound of s against l, and their order.
func (l limit) checkRange(f Field, s span) error {
	for _, v := range [...]float64{s.mid, s.lo, s.hi} {
		if err := l.check(f, v); err != nil {
			return err
		}
	}
	if s.lo > s.mid || s.mid > s.hi {
		return &InputError{Field: f, Reason: ReasonRange}
	}
	return nil
}

func isFinite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
