package form

import (
	"errors"
	"strconv"
	"sync"

	"wattledger/app/estimate"
	"wattledger/calc"
	"wattledger/content"
)

// The drop-downs' options depend only on the tables and the language, so
// they are built once per language, when first shown, instead of on every
// render (and not at start-up for a language the page does not use).
var (
	presetOptionsByLang   = perLang(buildPresetOptions)
	regionOptionsByLang   = perLang(buildRegionOptions)
	gridOptionsByLang     = perLang(buildGridOptions)
	facilityOptionsByLang = perLang(buildFacilityOptions)
	campusOptionsByLang   = perLang(buildCampusOptions)
	hardwareOptionsByLang = perLang(buildHardwareOptions)
)

func presetOptions(l content.Lang) []optionGroup { return forLang(presetOptionsByLang, l) }
func regionOptions(l content.Lang) []optionGroup { return forLang(regionOptionsByLang, l) }
func gridOptions(l content.Lang) []optionGroup   { return forLang(gridOptionsByLang, l) }
func facilityOptions(l content.Lang) []optionGroup {
	return forLang(facilityOptionsByLang, l)
}
func campusOptions(l content.Lang) []optionGroup { return forLang(campusOptionsByLang, l) }
func hardwareOptions(l content.Lang) []optionGroup {
	return forLang(hardwareOptionsByLang, l)
}

// forLang is l's options; go-app renders a page once before its language
// is known (on the server), and that render gets none.
func forLang(m map[content.Lang]func() []optionGroup, l content.Lang) []optionGroup {
	if build, ok := m[l]; ok {
		return build()
	}
	return nil
}

// perLang makes build run once per language, on first use.
func perLang(build func(content.Lang) []optionGroup) map[content.Lang]func() []optionGroup {
	m := make(map[content.Lang]func() []optionGroup, len(content.Langs))
	for _, l := range content.Langs {
		m[l] = sync.OnceValue(func() []optionGroup { return build(l) })
	}
	return m
}

func buildPresetOptions(l content.Lang) []optionGroup {
	var published, estimates []selectOption
	for _, p := range content.Presets {
		o := selectOption{Value: p.ID, Text: l.T("preset.option", "name", p.Name, "year", strconv.Itoa(p.Year))}
		if p.Estimate {
			estimates = append(estimates, o)
		} else {
			published = append(published, o)
		}
	}
	return []optionGroup{
		{Options: []selectOption{{Value: estimate.CustomPreset, Text: l.T("preset.custom")}}},
		{Label: l.T("preset.group.published"), Options: published},
		{Label: l.T("preset.group.estimates"), Options: estimates},
	}
}

// buildFacilityOptions offers the facility classes, each with its PUE,
// after "the run's own": a preset's published PUE, or for a run the
// visitor builds the default class (estimate.Resolve decides which).
func buildFacilityOptions(l content.Lang) []optionGroup {
	opts := []selectOption{{Value: "", Text: l.T("facility.own")}}
	for _, f := range content.Facilities {
		opts = append(opts, selectOption{Value: f.ID,
			Text: l.T("facility.option", "name", l.T("facility."+f.ID), "pue", content.Number(l, f.PUE.Value, 3))})
	}
	return []optionGroup{{Options: opts}}
}

// buildGridOptions is the region list after "the region's own grid": the
// grid the run drew from is a choice apart from the region it is
// compared with (a run trained in China, compared with India's homes).
func buildGridOptions(l content.Lang) []optionGroup {
	return append([]optionGroup{{Options: []selectOption{{Value: "", Text: l.T("grid.same")}}}}, buildRegionOptions(l)...)
}

func buildHardwareOptions(l content.Lang) []optionGroup {
	opts := make([]selectOption, len(content.Accelerators))
	for i, a := range content.Accelerators {
		opts[i] = selectOption{Value: a.ID, Text: a.DisplayName(l)}
	}
	return []optionGroup{{Options: opts}}
}

// buildRegionOptions puts the regions with a household figure first, then
// every other row of the countries table in its order (largest demand first).
func buildRegionOptions(l content.Lang) []optionGroup {
	var withHouseholds, others []selectOption
	for _, c := range content.Countries {
		o := selectOption{Value: c.ISO, Text: c.Name(l)}
		if _, ok := content.HouseholdByRegion(c.ISO); ok {
			withHouseholds = append(withHouseholds, o)
		} else {
			others = append(others, o)
		}
	}
	return []optionGroup{
		{Label: l.T("region.group.households"), Options: withHouseholds},
		{Label: l.T("region.group.all"), Options: others},
	}
}

// buildCampusOptions is "your own figures", then the named campuses.
func buildCampusOptions(l content.Lang) []optionGroup {
	opts := []selectOption{{Value: "", Text: l.T("power.form.campus.none")}}
	for _, c := range content.Campuses {
		name := c.NameEN
		if l == content.Chinese {
			name = c.NameZH
		}
		opts = append(opts, selectOption{Value: c.ID, Text: name})
	}
	return []optionGroup{{Options: opts}}
}

// errorField returns the field an input error names, or "".
func errorField(err error) calc.Field {
	var ie *calc.InputError
	if errors.As(err, &ie) {
		return ie.Field
	}
	return ""
}
