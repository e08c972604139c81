package main

import (
	"errors"
	"strconv"

	"wattledger/calc"
	"wattledger/content"
)

// The drop-downs' options depend only on the tables and the language, so
// they are built once per language instead of on every render.
var (
	presetOptionsByLang = map[content.Lang][]optionGroup{}
	regionOptionsByLang = map[content.Lang][]optionGroup{}
	hardwareOptionList  = buildHardwareOptions()
)

func init() {
	for _, l := range content.Langs {
		presetOptionsByLang[l] = buildPresetOptions(l)
		regionOptionsByLang[l] = buildRegionOptions(l)
	}
}

func presetOptions(l content.Lang) []optionGroup { return presetOptionsByLang[l] }
func regionOptions(l content.Lang) []optionGroup { return regionOptionsByLang[l] }
func hardwareOptions() []optionGroup             { return hardwareOptionList }

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
		{Label: l.T("preset.group.published"), Options: published},
		{Label: l.T("preset.group.estimates"), Options: estimates},
	}
}

func buildHardwareOptions() []optionGroup {
	opts := make([]selectOption, len(content.Accelerators))
	for i, a := range content.Accelerators {
		opts[i] = selectOption{Value: a.ID, Text: a.Name}
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

// errorField returns the field an input error names, or "".
func errorField(err error) calc.Field {
	var ie *calc.InputError
	if errors.As(err, &ie) {
		return ie.Field
	}
	return ""
}
