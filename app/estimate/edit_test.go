package estimate

import (
	"net/url"
	"testing"

	"wattledger/calc"
)

// TestEditPinsTheGridWhenTheRegionChanges: choosing homes to compare with
// must not move the run to another grid, while a link's region alone still
// names both.
func TestEditPinsTheGridWhenTheRegionChanges(t *testing.T) {
	link := FromQuery(url.Values{"preset": {"gpt-3"}, "region": {"USA"}})
	before, err := Estimate(link)
	if err != nil {
		t.Fatal(err)
	}
	edited := link.Edit(calc.FieldRegion, "CHN")
	if got := edited.Get(calc.FieldGrid); got != before.Grid.ISO {
		t.Errorf("grid after choosing CHN = %q, want the run's %q", got, before.Grid.ISO)
	}
	after, err := Estimate(edited)
	if err != nil {
		t.Fatal(err)
	}
	if after.Result.Emissions.Central != before.Result.Emissions.Central {
		t.Errorf("emissions moved from %v to %v with the homes compared with", before.Result.Emissions.Central, after.Result.Emissions.Central)
	}
	if fresh := FromQuery(url.Values{"preset": {"gpt-3"}, "region": {"CHN"}}); fresh.Get(calc.FieldGrid) != "" {
		t.Errorf("a link's region alone pinned grid %q", fresh.Get(calc.FieldGrid))
	}
	withGrid := FromQuery(url.Values{"grid": {"FRA"}}).Edit(calc.FieldRegion, "CHN")
	if got := withGrid.Get(calc.FieldGrid); got != "FRA" {
		t.Errorf("a chosen grid became %q when the region changed", got)
	}
}

// TestEditAllPutsThePresetFirst: a preset chosen among other changes
// starts over and the other changes apply on top, whatever the order the
// form reported them in.
func TestEditAllPutsThePresetFirst(t *testing.T) {
	in := FromQuery(url.Values{"preset": {"gpt-3"}, "n": {"4096"}, "region": {"FRA"}, "grid": {"FRA"}})
	got := in.EditAll(map[string]string{"n": "512", "preset": "bloom-176b", "nonsense": "1"})
	for f, want := range map[calc.Field]string{calc.FieldPreset: "bloom-176b", calc.FieldAccelerators: "512", calc.FieldRegion: "FRA", calc.FieldGrid: "FRA"} {
		if v := got.Get(f); v != want {
			t.Errorf("%s = %q, want %q", f, v, want)
		}
	}
	if v := got.Get(calc.FieldHours); v != "" {
		t.Errorf("hours = %q: the preset did not start over", v)
	}
}
