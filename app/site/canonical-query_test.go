package site

import (
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/estimate"
	"wattledger/app/ui"
)

// TestEquivalentLinksShareOneEntry: three spellings of the same input are
// one prerender, one cache entry and one body.
func TestEquivalentLinksShareOneEntry(t *testing.T) {
	ui.Register(ui.Site{})
	s := newPageServer(newGoApp("test", app.LocalDir("")), "https://ledger.example.org", 1)
	var first string
	for i, target := range []string{"/?n=10000", "/?n=10,000&x=1", "/?n=1e4", "/?x=2&n=%2010000%20"} {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
		if rec.Code != 200 {
			t.Fatalf("%s: status %d", target, rec.Code)
		}
		if i == 0 {
			first = rec.Body.String()
		} else if rec.Body.String() != first {
			t.Errorf("%s: another body than /?n=10000's", target)
		}
	}
	if n := s.cache.order.Len(); n != 1 {
		t.Errorf("%d cache entries, want 1", n)
	}
	if _, ok := s.cache.get("/?n=10000"); !ok {
		t.Error("the entry is not keyed n=10000")
	}
}

func TestCanonicalQuery(t *testing.T) {
	calc := ui.Route{Path: "/", Kind: ui.KindCalculator}
	embed := ui.Route{Path: "/embed/", Kind: ui.KindEmbed}
	power := ui.Route{Path: "/power/", Kind: ui.KindPower}
	for _, c := range []struct {
		route     ui.Route
		raw, want string
	}{
		{calc, "", ""},
		{calc, "x=1&theme=dark", ""},
		{calc, "n=10%2C000", "n=10000"},
		{calc, "n=1e4&preset=gpt-3", "preset=gpt-3&n=10000"},
		{calc, "hours=0.50&pue=1.10", "hours=0.5&pue=1.1"},
		{calc, "flops=3.14E%2B23", "flops=3.14e%2B23"},
		{calc, "n=%EF%BC%91%EF%BC%90", "n=10"},   // full-width digits
		{calc, "n=1%2C0", "n=1%2C0"},             // refused by the page: kept
		{calc, "n=-5", "n=-5"},                   // not a plain number: kept as given
		{calc, "n=abc&hw=H100", "hw=H100&n=abc"}, // ids as given
		{calc, "n=10&n=20", "n=10"},              // the first value, as the page reads
		{calc, "dv=2025.1.1&view=chart-co2", "dv=2025.1.1"},
		{calc, "n=%zz&hours=3", "hours=3"}, // a malformed pair is skipped, as url.Query does
		{embed, "view=result&theme=auto&controls=1", ""},
		{embed, "controls=0&theme=dark&view=chart-co2&n=1e3", "n=1000&view=chart-co2&theme=dark&controls=0"},
		{embed, "view=+result+", "view=+result+"}, // refused by the page: kept, untrimmed
		{power, "mw=1%2C000&x=1&lf=0.70", "lf=0.7&mw=1000"},
		{power, "n=1e5&hw=h100-sxm&preset=gpt-3", "hw=h100-sxm&n=100000"}, // the calculator's preset is not the planner's
		{power, "mw=-5", "mw=-5"},                                         // refused by the page: kept
		{embed, "view=power&mw=2e3&n=7", "mw=2000&n=7&view=power"},        // a power widget keys on the planner's inputs
		{embed, "view=power&theme=dark&region=chn", "region=chn&view=power&theme=dark"},
		{ui.Route{Path: "/new/", Kind: "new"}, "b=2&a=1", "b=2&a=1"},
	} {
		if got := canonicalQuery(c.route, c.raw); got != c.want {
			t.Errorf("%s ?%s: %q, want %q", c.route.Kind, c.raw, got, c.want)
		}
		if got := canonicalQuery(c.route, c.want); got != c.want {
			t.Errorf("%s ?%s: not its own canonical form: %q", c.route.Kind, c.want, got)
		}
	}
}

// TestCanonicalQueryKeepsTheEstimate: for every number field and spelling,
// the canonical query resolves to the same inputs, so the same page.
func TestCanonicalQueryKeepsTheEstimate(t *testing.T) {
	for _, f := range estimate.Fields {
		if !numericFields[f] {
			continue
		}
		for _, v := range []string{"1", "0.3", "1,287", "1e4", "3.14E+23", "1e400", "0", "00012", "1.", ".5", "１２", "1,0"} {
			raw := url.Values{string(f): {v}}
			canon, _ := url.ParseQuery(estimateQuery(raw))
			a, errA := estimate.ParseNumber(f, estimate.FromQuery(raw).Get(f))
			b, errB := estimate.ParseNumber(f, estimate.FromQuery(canon).Get(f))
			if (errA == nil) != (errB == nil) || a != b {
				t.Errorf("%s=%s: %v (%v) becomes %v (%v)", f, v, a, errA, b, errB)
			}
		}
	}
}

// TestEveryFieldIsClassified: a field added to the URL contract must be
// listed as a number or an id, or its numbers would not be normalised.
func TestEveryFieldIsClassified(t *testing.T) {
	for _, f := range estimate.Fields {
		if numericFields[f] == idFields[f] {
			t.Errorf("field %s: list it in numericFields or idFields (canonical-query.go)", f)
		}
	}
}

func FuzzCanonicalQuery(f *testing.F) {
	f.Add("n=10%2C000&x=1")
	f.Add("view=chart-co2&n=1e4&dv=2025.1.1")
	f.Add("mw=" + strings.Repeat("1", 63) + "+2")
	f.Fuzz(func(t *testing.T, raw string) {
		for _, k := range []ui.Kind{ui.KindCalculator, ui.KindEmbed, ui.KindPower} {
			r := ui.Route{Kind: k}
			once := canonicalQuery(r, raw)
			if twice := canonicalQuery(r, once); twice != once {
				t.Fatalf("%s ?%q: %q then %q", k, raw, once, twice)
			}
		}
	})
}
