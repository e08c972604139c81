package content

// GridCapacityByRegion finds a region's capacity row.
func GridCapacityByRegion(iso string) (GridCapacity, bool) {
	return find(GridCapacities, upperISO(iso), func(g GridCapacity) string { return g.Region })
}

// SolarResourceByRegion finds a region's solar row; fallback is true when
// the region has none and the world's row is returned instead.
func SolarResourceByRegion(iso string) (s SolarResource, fallback bool) {
	if s, ok := find(SolarResources, upperISO(iso), func(s SolarResource) string { return s.Region }); ok {
		return s, false
	}
	s, _ = find(SolarResources, "OWID_WRL", func(s SolarResource) string { return s.Region })
	return s, true
}

// ElectricityPriceByRegion finds a region's industrial price.
func ElectricityPriceByRegion(iso string) (ElectricityPrice, bool) {
	return find(ElectricityPrices, upperISO(iso), func(p ElectricityPrice) string { return p.Region })
}

// CampusByID finds a campus preset by its URL id.
func CampusByID(id string) (CampusPreset, bool) {
	return find(Campuses, id, func(c CampusPreset) string { return c.ID })
}

// upperISO is the table spelling of a countries.csv code (region=chn works).
func upperISO(iso string) string {
	if c, ok := CountryByISO(iso); ok {
		return c.ISO
	}
	return iso
}

// plannerTables are the planner's tables, for the source audit's walk.
func plannerTables() any {
	return struct {
		GridCapacities    []GridCapacity
		SolarResources    []SolarResource
		ElectricityPrices []ElectricityPrice
		Campuses          []CampusPreset
		Assumptions       plannerAssumptions
	}{GridCapacities, SolarResources, ElectricityPrices, Campuses, PlannerAssumptions}
}

// plannerNotes lists the planner tables' notes, for tableNotes.
func plannerNotes() []string {
	var out []string
	for _, g := range GridCapacities {
		out = append(out, g.CapacityGW.Note, g.AdditionsGW.Note)
	}
	for _, s := range SolarResources {
		out = append(out, s.CapacityFactor.Note, s.LatitudeDeg.Note)
	}
	for _, p := range ElectricityPrices {
		out = append(out, p.USDPerKWh.Note)
	}
	for _, c := range Campuses {
		out = append(out, c.FacilityMW.Note, c.BuiltMW.Note, c.Accelerators.Note)
	}
	a := PlannerAssumptions
	for _, p := range []Param{a.LoadFactor, a.BatteryRoundTrip, a.SolarMargin, a.SolarLandM2PerMW, a.WindLullHours, a.CNYPerUSD} {
		out = append(out, p.Note)
	}
	return out
}
