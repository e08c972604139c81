package estimate

import (
	"net/url"
	"strings"

	"wattledger/calc"
)

// Fields are the URL contract's parameters, in the order links write them.
// They are a public interface: share links and embeds depend on them.
var Fields = [...]calc.Field{
	calc.FieldPreset, calc.FieldMethod, calc.FieldHardware,
	calc.FieldAccelerators, calc.FieldHours, calc.FieldAcceleratorHours, calc.FieldPower, calc.FieldPUE,
	calc.FieldFLOPs, calc.FieldParameters, calc.FieldTokens, calc.FieldMFU,
	calc.FieldRegion, calc.FieldIntensity,
	calc.FieldQueryWh, calc.FieldQueriesPerDay, calc.FieldDays,
	// Added with the power stack; links without them keep their meaning.
	calc.FieldFacility, calc.FieldGrid,
}

// maxValueLength bounds what is kept of one parameter: no valid number or
// id is longer, and a hostile link should not make the page carry megabytes.
const maxValueLength = 64

// Inputs are the values a visitor gave explicitly, as typed, keyed by field.
// A field left empty takes its default. The zero Inputs means "the default
// preset, nothing changed".
type Inputs struct {
	values [len(Fields)]string
}

func fieldIndex(f calc.Field) int {
	for i, g := range Fields {
		if g == f {
			return i
		}
	}
	return -1
}

// Get returns what the visitor gave for f, or "".
func (in Inputs) Get(f calc.Field) string {
	if i := fieldIndex(f); i >= 0 {
		return in.values[i]
	}
	return ""
}

// With returns a copy of in with f set to v (trimmed; "" clears it).
func (in Inputs) With(f calc.Field, v string) Inputs {
	if i := fieldIndex(f); i >= 0 {
		// Trimmed again after the clip: a cut can end on a space, and the
		// same value read twice must give the same input (the page cache
		// keys on it).
		in.values[i] = strings.TrimSpace(clip(strings.TrimSpace(v)))
	}
	return in
}

// WithPreset starts over from a preset: choosing a preset discards the
// previous preset's overrides but keeps the visitor's region and grid.
func (in Inputs) WithPreset(id string) Inputs {
	var out Inputs
	out = out.With(calc.FieldPreset, id)
	out = out.With(calc.FieldRegion, in.Get(calc.FieldRegion))
	out = out.With(calc.FieldGrid, in.Get(calc.FieldGrid))
	return out.With(calc.FieldIntensity, in.Get(calc.FieldIntensity))
}

// Edit returns in with f changed as a visitor changes it in the form. A
// link's region alone also names the grid (old links keep their meaning),
// but a visitor choosing homes to compare with has not moved the run: its
// grid is pinned where it was before the region changes.
func (in Inputs) Edit(f calc.Field, v string) Inputs {
	if f == calc.FieldRegion && in.Get(calc.FieldGrid) == "" {
		if o, err := Estimate(in); err == nil {
			in = in.With(calc.FieldGrid, o.Grid.ISO)
		}
	}
	return in.With(f, v)
}

// EditAll applies a visitor's changes by field name, as the form reports
// them (the last value of each): a preset first, since choosing one starts
// over, then the rest. Names that are not fields are ignored.
func (in Inputs) EditAll(changes map[string]string) Inputs {
	if id, ok := changes[string(calc.FieldPreset)]; ok {
		in = in.WithPreset(id)
	}
	for _, f := range Fields {
		if v, ok := changes[string(f)]; ok && f != calc.FieldPreset {
			in = in.Edit(f, v)
		}
	}
	return in
}

// IsZero reports whether nothing was given.
func (in Inputs) IsZero() bool { return in == Inputs{} }

// FromQuery reads the URL contract's parameters from a query string. Unknown
// parameters are ignored (embeds add their own, such as view and theme);
// values are kept as given, to be parsed and refused by Resolve.
func FromQuery(q url.Values) Inputs {
	var in Inputs
	for _, f := range Fields {
		in = in.With(f, q.Get(string(f)))
	}
	return in
}

// Encode returns the explicit inputs as a query string, parameters in
// contract order so that equal inputs give equal links.
func (in Inputs) Encode() string {
	var b strings.Builder
	for i, f := range Fields {
		if v := in.values[i]; v != "" {
			if b.Len() > 0 {
				b.WriteByte('&')
			}
			b.WriteString(string(f))
			b.WriteByte('=')
			b.WriteString(url.QueryEscape(v))
		}
	}
	return b.String()
}

// clip shortens s to maxValueLength bytes without splitting a UTF-8 rune.
func clip(s string) string {
	if len(s) <= maxValueLength {
		return s
	}
	cut := maxValueLength
	for cut > 0 && !isRuneStart(s[cut]) {
		cut--
	}
	return s[:cut]
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }
