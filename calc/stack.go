package calc

import (
	"cmp"
	"math"
	"slices"
)

// Part names one layer of a cluster's power stack. The strings are in the
// DOM contract (#power-stack [data-part=…]) and must not change.
type Part string

// The parts of the stack, from the chip outwards.
const (
	// PartAccelerators is the accelerators' own draw.
	PartAccelerators Part = "accelerators"
	// PartServers is the rest of the servers: CPUs, memory, NICs, fans and
	// power supplies.
	PartServers Part = "servers"
	// PartNetwork is the cluster's switches and storage.
	PartNetwork Part = "network"
	// PartCooling is what the facility adds on top of IT power: cooling and
	// power conversion, (PUE − 1) × IT power.
	PartCooling Part = "cooling"
)

// Parts lists the stack's parts in the order they are drawn.
var Parts = [...]Part{PartAccelerators, PartServers, PartNetwork, PartCooling}

// StackPart is one layer of the power stack with its range and its share
// of the central total.
type StackPart struct {
	Part  Part
	Power Range[Power]
	// Share is the part's central power ÷ the stack's central total.
	Share float64
}

// Stack returns the facility power of n busy accelerators split into its
// four parts, in the order of Parts. Each part's range follows from the
// ranges of the inputs it depends on; the central values sum to the
// central facility power. Use n = 1 for the stack of one accelerator.
func (c Cluster) Stack(n float64) ([]StackPart, error) {
	if err := c.validate(); err != nil {
		return nil, err
	}
	if err := check(FieldAccelerators, n); err != nil {
		return nil, err
	}
	return c.stack(n), nil
}

// stack splits n accelerators' facility power; inputs are valid.
func (c Cluster) stack(n float64) []StackPart {
	server := c.server()
	it := c.it()
	parts := [...]span{
		spanOf(c.Power).scale(n),
		spanOf(c.HostPower).scale(n),
		server.times(spanOf(c.Network)).scale(n),
		it.times(spanOf(c.PUE).plus(point(-1))).scale(n),
	}
	var total float64
	for _, p := range parts {
		total += p.mid
	}
	out := make([]StackPart, len(parts))
	for i, p := range parts {
		out[i] = StackPart{Part: Parts[i], Power: rangeOf[Power](p)}
		if total > 0 {
			out[i].Share = p.mid / total
		}
	}
	return out
}

// Swing is what one uncertain input does to the result: the energy with
// that input at its low and at its high bound, every other input central.
type Swing struct {
	// Field names the input (its URL parameter, or host and net for the
	// parts of the stack that have none).
	Field Field
	// Low and High are the input's bounds in its own unit (W, a fraction,
	// a PUE, Wh).
	Low, High float64
	// AtLow and AtHigh are the central energy with the input at Low and at
	// High. AtHigh is below AtLow for an input that saves energy (MFU).
	AtLow, AtHigh Energy
}

// Width is how far the result moves across the input's range.
func (s Swing) Width() Energy { return Energy(math.Abs(float64(s.AtHigh - s.AtLow))) }

// Sensitivity runs the scenario with each uncertain input at its low and
// at its high bound, the others at their central values, and returns the
// swings sorted widest first (the order of a tornado chart). Inputs
// without a range are left out; a scenario with none gives an empty list.
func Sensitivity(s Scenario) ([]Swing, error) {
	central := centred(s)
	if _, err := Run(central); err != nil {
		return nil, err
	}
	var out []Swing
	for _, in := range uncertainInputs(s) {
		lo, hi := central, central
		in.set(&lo, in.r.Low)
		in.set(&hi, in.r.High)
		rl, err := Run(lo)
		if err != nil {
			return nil, err
		}
		rh, err := Run(hi)
		if err != nil {
			return nil, err
		}
		out = append(out, Swing{Field: in.field, Low: in.r.Low, High: in.r.High, AtLow: rl.Energy.Central, AtHigh: rh.Energy.Central})
	}
	slices.SortStableFunc(out, func(a, b Swing) int { return cmp.Compare(b.Width(), a.Width()) })
	return out, nil
}

// uncertain is one input of a scenario that has a range, and how to set it.
type uncertain struct {
	field Field
	r     Range[float64]
	set   func(*Scenario, float64)
}

// uncertainInputs lists the inputs the scenario's method reads that have
// a range.
func uncertainInputs(s Scenario) []uncertain {
	var c Cluster
	switch s.Method {
	case MethodHardware:
		c = s.Hardware.Cluster
	case MethodCompute:
		c = s.Compute.Cluster
	case MethodInference:
		q := s.Serving.PerQuery
		if q.IsExact() {
			return nil
		}
		return []uncertain{{FieldQueryWh, rangeOf[float64](spanOf(q).scale(1 / float64(WattHour))),
			func(s *Scenario, v float64) { s.Serving.PerQuery = Exact(Energy(v) * WattHour) }}}
	}
	cluster := func(s *Scenario) *Cluster {
		if s.Method == MethodCompute {
			return &s.Compute.Cluster
		}
		return &s.Hardware.Cluster
	}
	all := []uncertain{
		{FieldPower, rangeOf[float64](spanOf(c.Power)), func(s *Scenario, v float64) { cluster(s).Power = Exact(Power(v)) }},
		{FieldHostPower, rangeOf[float64](spanOf(c.HostPower)), func(s *Scenario, v float64) { cluster(s).HostPower = Exact(Power(v)) }},
		{FieldNetwork, c.Network, func(s *Scenario, v float64) { cluster(s).Network = Exact(v) }},
		{FieldPUE, c.PUE, func(s *Scenario, v float64) { cluster(s).PUE = Exact(v) }},
	}
	if s.Method == MethodCompute {
		all = append(all, uncertain{FieldMFU, s.Compute.Utilisation, func(s *Scenario, v float64) { s.Compute.Utilisation = Exact(v) }})
	}
	out := all[:0]
	for _, u := range all {
		if !u.r.IsExact() {
			out = append(out, u)
		}
	}
	return out
}

// centred returns s with every range collapsed to its central value.
func centred(s Scenario) Scenario {
	mid := func(c *Cluster) {
		c.Power, c.HostPower = Exact(c.Power.Central), Exact(c.HostPower.Central)
		c.Network, c.PUE = Exact(c.Network.Central), Exact(c.PUE.Central)
	}
	mid(&s.Hardware.Cluster)
	mid(&s.Compute.Cluster)
	s.Compute.Utilisation = Exact(s.Compute.Utilisation.Central)
	s.Serving.PerQuery = Exact(s.Serving.PerQuery.Central)
	s.Grid = Exact(s.Grid.Central)
	return s
}
