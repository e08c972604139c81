package content

import (
	"maps"
	"regexp"
	"slices"
	"sort"
	"testing"

	"wattledger/content/internal/tablegen"
)

var placeholder = regexp.MustCompile(`\{[a-z0-9_]+\}`)

func placeholders(s string) []string {
	p := placeholder.FindAllString(s, -1)
	sort.Strings(p)
	return p
}

func TestCataloguesHaveTheSameKeysBothWays(t *testing.T) {
	c, err := tablegen.LoadCatalogue(".")
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range slices.Sorted(maps.Keys(c.EN)) {
		if _, ok := c.ZH[k]; !ok {
			t.Errorf("%q has no Chinese", k)
		}
	}
	for _, k := range slices.Sorted(maps.Keys(c.ZH)) {
		if _, ok := c.EN[k]; !ok {
			t.Errorf("%q has no English", k)
		}
	}
	if len(c.EN) < 10 {
		t.Fatalf("only %d messages: catalogue not loaded?", len(c.EN))
	}
}

func TestMessagesAreNotEmptyAndPlaceholdersMatch(t *testing.T) {
	c, err := tablegen.LoadCatalogue(".")
	if err != nil {
		t.Fatal(err)
	}
	for k, en := range c.EN {
		zh := c.ZH[k].Text
		if en == "" || zh == "" {
			t.Errorf("%q is empty in a language", k)
		}
		if pe, pz := placeholders(en), placeholders(zh); !equal(pe, pz) {
			t.Errorf("%q: English placeholders %v, Chinese %v", k, pe, pz)
		}
	}
}

// TestNoStaleTranslations fails when an English message changed after its
// Chinese was written: the hash stored beside the Chinese no longer
// matches. Check the Chinese, then run
// go run ./tools/i18nstamp -all content/i18n/AREA.zh.json.
func TestNoStaleTranslations(t *testing.T) {
	c, err := tablegen.LoadCatalogue(".")
	if err != nil {
		t.Fatal(err)
	}
	for k, zh := range c.ZH {
		en, ok := c.EN[k]
		if !ok {
			continue
		}
		if want := EnglishHash(en); zh.EN != want {
			t.Errorf("%q: Chinese translates an older English (hash %q, English now %q)", k, zh.EN, want)
		}
	}
}

func TestStaleTranslationIsDetected(t *testing.T) {
	if EnglishHash("Energy") == EnglishHash("Energy used") {
		t.Fatal("different English texts share a hash")
	}
}

func TestTReplacesPlaceholdersAndShowsMissingKeys(t *testing.T) {
	if got := Chinese.T("unit.days", "n", "3.2"); got != "3.2天" {
		t.Errorf("got %q", got)
	}
	if got := English.T("no.such.key"); got != "no.such.key" {
		t.Errorf("missing key gave %q", got)
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestGeneratedTablesAreCurrent fails when a catalogue, the notes'
// translations or countries.csv changed without make generate.
func TestGeneratedTablesAreCurrent(t *testing.T) {
	if err := tablegen.Check("."); err != nil {
		t.Fatal(err)
	}
	if got, want := len(englishTexts()), len(chineseTexts()); got != want || got < 100 {
		t.Fatalf("%d English and %d Chinese messages", got, want)
	}
}
