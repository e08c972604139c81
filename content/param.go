package content

// Param is one sourced number. Value is the central figure; Low and High
// bound it where the source (or a stated judgement in Note) gives a range,
// and are both zero where no range is known.
type Param struct {
	Value float64
	Low   float64
	High  float64
	// Unit is the unit of Value, written as in the methodology page ("W", "FLOP/s", "kWh").
	// A power plant's or a power system's generating capacity is in MWe or
	// GWe, which the page writes as MW and GW in English but in 万千瓦 and
	// 亿千瓦 in Chinese (PlantCapacity); a chip, cluster or campus is in W,
	// MW or GW (Power).
	Unit string
	// Year is the year the figure describes (not the year it was published).
	Year int
	// Source is the id of an entry in Sources.
	Source string
	// LowSource and HighSource name the publications of the bounds where
	// they differ from Source (a range assembled from several studies);
	// empty where Source gives them.
	LowSource, HighSource string
	// Note says, in English, how the figure was read or derived, when that is
	// not obvious from the source: "TDP", "measured system average", "estimate".
	Note string
}

// HasRange reports whether the source gives bounds for the value.
func (p Param) HasRange() bool { return p.Low != 0 || p.High != 0 }

// Bounds returns low, central and high, with the central value standing in
// for missing bounds.
func (p Param) Bounds() (low, central, high float64) {
	if !p.HasRange() {
		return p.Value, p.Value, p.Value
	}
	return p.Low, p.Value, p.High
}

// Known reports whether the parameter was filled in at all; optional table
// cells (a measured power nobody published) are the zero Param.
func (p Param) Known() bool { return p.Source != "" }
