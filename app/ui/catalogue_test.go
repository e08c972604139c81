package ui

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"wattledger/app/estimate"
	"wattledger/app/ui/form"
	"wattledger/calc"
	"wattledger/content"
)

// TestEveryMessageTheAppAsksForExists scans the components for literal
// catalogue keys and enumerates the keys built from data, so that a
// missing message fails here instead of showing its key to a visitor.
func TestEveryMessageTheAppAsksForExists(t *testing.T) {
	// The components are this package's files and its subpackages'.
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, sub := range []string{"form", "dom"} {
		more, err := filepath.Glob(filepath.Join(sub, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, more...)
	}
	// go-app's app.T builds action tags, not messages.
	literal := regexp.MustCompile(`(\w+)\.T\("([a-z0-9._-]+)"[,)]`)
	keys := map[string]bool{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range literal.FindAllSubmatch(src, -1) {
			if string(m[1]) != "app" {
				keys[string(m[2])] = true
			}
		}
	}
	if len(keys) < 50 {
		t.Fatalf("found only %d literal keys: the scan is broken", len(keys))
	}
	add := func(k string) { keys[k] = true }
	for _, f := range estimate.Fields {
		add("field." + string(f))
	}
	for _, r := range []calc.Reason{calc.ReasonMissing, calc.ReasonNaN, calc.ReasonInfinite, calc.ReasonNegative, calc.ReasonZero,
		calc.ReasonTooSmall, calc.ReasonTooLarge, calc.ReasonUnknown, calc.ReasonRange} {
		add("error." + string(r))
	}
	for _, m := range []calc.Method{calc.MethodHardware, calc.MethodCompute, calc.MethodInference} {
		add("method." + string(m))
		add("result.title." + string(m))
	}
	for _, o := range []estimate.Origin{estimate.FromVisitor, estimate.FromPreset, estimate.FromHardware, estimate.FromRegion, estimate.FromAssumption} {
		add("origin." + string(o))
	}
	for _, k := range []Kind{KindCalculator, KindPower, KindMethodology, KindEmbed} {
		add("page." + string(k) + ".title")
		add("page." + string(k) + ".description")
	}
	for _, s := range content.PowerSources {
		add("source." + s.ID + ".unit")
		add("source." + s.ID + ".name")
	}
	for _, b := range []content.PowerBasis{content.PowerMeasured, content.PowerTDP, content.PowerEstimate} {
		add("basis." + string(b))
	}
	for _, c := range content.DataChangelog {
		add("changelog." + c.Version)
	}
	for _, r := range content.References {
		add("reference." + r.ID)
	}
	for _, u := range []content.HouseholdUnit{content.PerHousehold, content.PerPerson} {
		add("method.household." + string(u))
		add("result.households.note." + string(u))
		add("result.households.fallback." + string(u))
	}
	for _, f := range content.Formulas {
		add("method.formula." + f.ID + ".title")
		add("method.formula." + f.ID + ".body")
	}
	for _, id := range limitIDs {
		add("method.limit." + id + ".title")
		add("method.limit." + id + ".body")
	}
	for _, k := range append(append([]string{}, chartKinds...), powerChartKinds...) {
		add("chart." + k + ".heading")
		add("download.chart." + k)
	}
	for _, f := range []calc.Field{calc.FieldFacilityPower, calc.FieldLoadFactor, calc.FieldCampus} {
		add("field." + string(f))
	}
	for _, s := range []content.CampusStatus{content.CampusBuilt, content.CampusPartlyBuilt, content.CampusAnnounced} {
		add("power.campus." + string(s))
	}
	for _, s := range []string{form.SourceMW, form.SourceCluster} {
		add("power.form.source." + s)
	}
	for k := range keys {
		for _, l := range content.Langs {
			if !l.Has(k) {
				t.Errorf("%s has no message %q", l, k)
			}
		}
	}
}
