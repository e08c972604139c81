package content

// PresetByID finds a preset by its URL id.
func PresetByID(id string) (Preset, bool) {
	return find(Presets, id, func(p Preset) string { return p.ID })
}

// AcceleratorByID finds an accelerator by its URL id.
func AcceleratorByID(id string) (Accelerator, bool) {
	return find(Accelerators, id, func(a Accelerator) string { return a.ID })
}

// HouseholdByRegion finds the household figure of a countries.csv iso_code.
func HouseholdByRegion(iso string) (Household, bool) {
	return find(Households, iso, func(h Household) string { return h.Region })
}

// PowerSourceByID finds a power source (nuclear, coal, gas, hydro, wind, solar).
func PowerSourceByID(id string) (PowerSource, bool) {
	return find(PowerSources, id, func(s PowerSource) string { return s.ID })
}

// SourceByID finds a cited publication.
func SourceByID(id string) (Source, bool) {
	return find(Sources, id, func(s Source) string { return s.ID })
}

// ReferenceByID finds a reference figure.
func ReferenceByID(id string) (Reference, bool) {
	return find(References, id, func(r Reference) string { return r.ID })
}

// find is a linear search: the tables hold tens of rows, and a map would
// have to be kept in step with each slice.
func find[T any](rows []T, id string, key func(T) string) (T, bool) {
	for _, r := range rows {
		if key(r) == id {
			return r, true
		}
	}
	var zero T
	return zero, false
}
