package planner

import (
	"net/url"

	"wattledger/calc"
)

// Inputs are the planner's URL parameters as the visitor gave them, each
// clipped to a sane length; "" means not given.
type Inputs struct {
	MW, Hardware, Accelerators, PUE, LoadFactor, Region, Campus string
}

// The parameters, in the order a link writes them.
var params = []struct {
	field calc.Field
	get   func(*Inputs) *string
}{
	{calc.FieldCampus, func(in *Inputs) *string { return &in.Campus }},
	{calc.FieldFacilityPower, func(in *Inputs) *string { return &in.MW }},
	{calc.FieldHardware, func(in *Inputs) *string { return &in.Hardware }},
	{calc.FieldAccelerators, func(in *Inputs) *string { return &in.Accelerators }},
	{calc.FieldPUE, func(in *Inputs) *string { return &in.PUE }},
	{calc.FieldLoadFactor, func(in *Inputs) *string { return &in.LoadFactor }},
	{calc.FieldRegion, func(in *Inputs) *string { return &in.Region }},
}

// Get returns what the visitor gave for f, or "".
func (in Inputs) Get(f calc.Field) string {
	for _, p := range params {
		if p.field == f {
			return *p.get(&in)
		}
	}
	return ""
}

// With returns a copy of in with f set to v.
func (in Inputs) With(f calc.Field, v string) Inputs {
	for _, p := range params {
		if p.field == f {
			*p.get(&in) = clip(v)
		}
	}
	return in
}

// maxParam bounds what is kept of one parameter: no number or id needs
// more, and a hostile link cannot make the page carry megabytes.
const maxParam = 64

// FromQuery reads the planner's parameters from a query string.
func FromQuery(q url.Values) Inputs {
	var in Inputs
	for _, p := range params {
		*p.get(&in) = clip(q.Get(string(p.field)))
	}
	return in
}

// Encode writes the inputs as a query string, omitting empty ones, in a
// stable order.
func (in Inputs) Encode() string {
	q := url.Values{}
	for _, p := range params {
		if v := *p.get(&in); v != "" {
			q.Set(string(p.field), v)
		}
	}
	return q.Encode()
}

func clip(s string) string {
	if len(s) <= maxParam {
		return s
	}
	// Cut on a rune boundary.
	i := maxParam
	for i > 0 && s[i]&0xC0 == 0x80 {
		i--
	}
	return s[:i]
}
