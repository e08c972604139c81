package content

import "sync"

// The tables' notes (Param.Note, Preset.Note, Household.Derivation,
// Source.Supports) are written in English beside the values they explain.
// Their Chinese lives in notes.zh.json, keyed by the hash of the English:
// when a note's English changes, its old translation no longer matches and
// the completeness test names the note, so a stale translation cannot
// survive. catalogue_gen.go holds them as Go (chineseNotes).

// noteTranslations is built on first use: only the methodology page and
// the Chinese sources list show notes.
var noteTranslations = sync.OnceValue(chineseNotes)

// Note returns a table note in language l: the English itself, or its
// Chinese translation (the English if none exists yet).
func Note(l Lang, english string) string {
	if l != Chinese || english == "" {
		return english
	}
	if zh, ok := noteTranslations()[EnglishHash(english)]; ok {
		return zh
	}
	return english
}

// UntranslatedNotes maps the hash of each English note that has no Chinese
// yet to its text.
func UntranslatedNotes() map[string]string {
	out := map[string]string{}
	for _, en := range tableNotes() {
		if _, ok := noteTranslations()[EnglishHash(en)]; !ok {
			out[EnglishHash(en)] = en
		}
	}
	return out
}

// tableNotes lists every English note of the tables, once each.
func tableNotes() []string {
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, a := range Accelerators {
		add(a.TDP.Note)
		add(a.PeakFLOPs.Note)
		add(a.MeasuredPower.Note)
		add(a.PeakFLOPsFP8.Note)
		add(a.HostPower.Note)
	}
	for _, sys := range Systems {
		add(sys.Power.Note)
	}
	for _, f := range Facilities {
		add(f.PUE.Note)
	}
	c := CustomRun
	for _, q := range []Param{c.Accelerators, c.WallClockHours, c.Parameters, c.Tokens, NodeMeasurements.Average, NodeMeasurements.Maximum} {
		add(q.Note)
	}
	for _, p := range Presets {
		for _, q := range []Param{p.Accelerators, p.WallClockHours, p.AcceleratorHours, p.PowerPerAccelerator, p.PUE,
			p.FLOPs, p.Parameters, p.Tokens, p.MFU, p.GridIntensity, p.PublishedEnergyKWh, p.PublishedCO2Tonnes, p.FacilityPUE} {
			add(q.Note)
		}
		add(p.Note)
	}
	for _, h := range Households {
		add(h.KWhPerYear.Note)
		add(h.Derivation)
	}
	for _, s := range PowerSources {
		for _, q := range []Param{s.UnitCapacityMW, s.CapacityFactor, s.LifecycleGCO2PerKWh, s.LandM2PerMW} {
			add(q.Note)
		}
	}
	for _, r := range References {
		add(r.Param.Note)
	}
	a := Assumptions
	for _, q := range []Param{a.TDPFraction, a.Network, a.MFU, a.MFUFP8, a.QueryWh, a.QueriesPerDay, a.ServingDays} {
		add(q.Note)
	}
	for _, n := range plannerNotes() {
		add(n)
	}
	for _, s := range Sources {
		add(s.Supports)
	}
	return out
}
