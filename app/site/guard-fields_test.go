package site

import (
	"os"
	"regexp"
	"testing"

	"wattledger/app/estimate"
	"wattledger/calc"
)

// TestGuardKnowsEveryParameter: guard.js hides the prerendered numbers
// when the address bar asks for other inputs, comparing the parameters it
// lists. A parameter missing from its list (facility and grid were) lets a
// static page's default numbers pass for a link's answer.
func TestGuardKnowsEveryParameter(t *testing.T) {
	js, err := os.ReadFile("../../web/guard.js")
	if err != nil {
		t.Fatal(err)
	}
	list := regexp.MustCompile(`(?s)var fields = \[(.*?)\];`).FindSubmatch(js)
	if list == nil {
		t.Fatal("guard.js has no `var fields = [...]`")
	}
	listed := map[string]bool{}
	for _, m := range regexp.MustCompile(`"([a-z]+)"`).FindAllSubmatch(list[1], -1) {
		listed[string(m[1])] = true
	}
	want := append([]calc.Field{}, estimate.Fields[:]...)
	want = append(want, calc.FieldFacilityPower, calc.FieldLoadFactor, calc.FieldCampus)
	for _, f := range want {
		if !listed[string(f)] {
			t.Errorf("guard.js does not compare %q", f)
		}
	}
}
