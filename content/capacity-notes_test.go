package content

import (
	"strings"
	"testing"
)

// fleetNotes are the English notes that speak of a power system's
// capacity: the grid-capacity rows, the solar rows (which divide a
// country's solar output by its installed panels) and what the
// publications behind those rows are cited for.
func fleetNotes() map[string]string {
	out := map[string]string{}
	cite := citer(out)
	for _, g := range GridCapacities {
		for _, p := range []Param{g.CapacityGW, g.AdditionsGW} {
			if p.Note != "" {
				out[g.Region+" capacity "+EnglishHash(p.Note)] = p.Note
			}
			cite(p)
		}
	}
	for _, s := range SolarResources {
		if s.CapacityFactor.Note != "" {
			out[s.Region+" solar "+EnglishHash(s.CapacityFactor.Note)] = s.CapacityFactor.Note
		}
		cite(s.CapacityFactor)
	}
	return out
}

// campusNotes are the English notes of the named campuses and what their
// publications are cited for.
func campusNotes() map[string]string {
	out := map[string]string{}
	cite := citer(out)
	for _, c := range Campuses {
		for _, p := range []Param{c.FacilityMW, c.BuiltMW, c.Accelerators} {
			if p.Note != "" {
				out[c.ID+" "+EnglishHash(p.Note)] = p.Note
			}
			cite(p)
		}
	}
	return out
}

// citer returns a function that adds to out what the publications behind
// a Param are cited for.
func citer(out map[string]string) func(Param) {
	return func(p Param) {
		for _, id := range []string{p.Source, p.LowSource, p.HighSource} {
			if s, ok := SourceByID(id); ok && s.Supports != "" {
				out["source "+id] = s.Supports
			}
		}
	}
}

// TestChineseFleetCapacityInWanAndYiKilowatts checks the house style for a
// country's or a fleet's capacity in Chinese (STYLE.md, "Units"): 万千瓦
// and 亿千瓦 (4860万千瓦, 11.13亿千瓦), energy in 亿千瓦时; 兆瓦 and 吉瓦 are
// for campuses, clusters and chips.
func TestChineseFleetCapacityInWanAndYiKilowatts(t *testing.T) {
	notes := fleetNotes()
	if len(notes) < 20 {
		t.Fatalf("found only %d fleet notes; has the planner's table moved?", len(notes))
	}
	for where, en := range notes {
		zh := Note(Chinese, en)
		for _, unit := range []string{"吉瓦", "兆瓦", "太瓦"} {
			if strings.Contains(zh, unit) {
				t.Errorf("%s: Chinese note writes a fleet in %s, not 万千瓦/亿千瓦 (or 亿千瓦时): %s", where, unit, zh)
				break
			}
		}
	}
}

// TestChineseCampusPowerInMegawatts is the other half of the rule: a
// campus or cluster is 兆瓦 or 吉瓦 (1.2吉瓦, 150兆瓦), never 万千瓦.
func TestChineseCampusPowerInMegawatts(t *testing.T) {
	notes := campusNotes()
	if len(notes) < 5 {
		t.Fatalf("found only %d campus notes; has the campus table moved?", len(notes))
	}
	for where, en := range notes {
		if zh := Note(Chinese, en); strings.Contains(zh, "万千瓦") {
			t.Errorf("%s: Chinese note writes a campus in 万千瓦, not 兆瓦/吉瓦: %s", where, zh)
		}
	}
	if zh := Chinese.T("reference.large-datacentre"); strings.Contains(zh, "万千瓦") {
		t.Errorf("reference.large-datacentre writes a data centre in 万千瓦: %s", zh)
	}
}

// TestChineseNotesCountEnergyInKilowattHours checks the house style for
// energy in Chinese notes (STYLE.md, "Units"): 千瓦时 counted with 万 and
// 亿 (论文公布的128.7万千瓦时), never 兆瓦时, 吉瓦时 or 太瓦时, published
// figures included.
func TestChineseNotesCountEnergyInKilowattHours(t *testing.T) {
	notes := chineseNotes()
	if len(notes) < 100 {
		t.Fatalf("found only %d Chinese notes; has the catalogue moved?", len(notes))
	}
	for hash, zh := range notes {
		for _, unit := range []string{"兆瓦时", "吉瓦时", "太瓦时"} {
			if strings.Contains(zh, unit) {
				t.Errorf("note %s counts energy in %s, not 万/亿千瓦时: %s", hash, unit, zh)
				break
			}
		}
	}
}
