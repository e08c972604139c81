package form

import (
	"errors"
	"strconv"
	"sync"

	"wattledger/calc"
	"wattledger/content"
)

// The drop-downs' options depend only on the tables and the language, so
// they are built once per language, when first shown, instead of on every
// render (and not at start-up for a language the page does not use).
var (
	presetOptionsByLang   = perLang(buildPresetOptions)
	regionOptionsByLang   = perLang(buildRegionOptions)
	hardwareOptionsByLang = perLang(buildHardwareOptions)
)

func presetOptions(l content.Lang) []optionGroup { return forLang(presetOptionsByLang, l) }
func regionOptions(l content.Lang) []optionGroup { return forLang(regionOptionsByLang, l) }
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
		{Label: l.T("preset.group.published"), Options: published},
		{Label: l.T("preset.group.estimates"), Options: estimates},
	}
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

// errorField returns the field an input error names, or "".
func errorField(err error) calc.Field {
	var ie *calc.InputError
	if errors.As(err, &ie) {
		return ie.Field
	}
	return ""
}
