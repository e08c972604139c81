package ui

import (
	"math"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"wattledger/app/estimate"
)

func TestWarmUpPaintsTheEditedCardInThePagesLanguage(t *testing.T) {
	for _, c := range []struct {
		link, wantLang string
	}{
		{"/?preset=gpt-3", "en"},
		{"/zh/?preset=gpt-3", "zh"},
		{"/zh/embed/?preset=llama-3.1-405b&view=result", "zh"},
	} {
		v := WarmUp(c.link)
		if !v.OK {
			t.Fatalf("WarmUp(%q) is not OK: %+v", c.link, v)
		}
		hasHan := strings.ContainsFunc(v.Title+v.Energy, func(r rune) bool { return r >= 0x4e00 && r <= 0x9fff })
		if hasHan != (c.wantLang == "zh") {
			t.Errorf("WarmUp(%q): title %q, energy %q: want the %s page's text", c.link, v.Title, v.Energy, c.wantLang)
		}
		t.Logf("%s: %s %s (%s kWh)", c.link, v.Title, v.Energy, v.KWh)
	}
}

func TestWarmUpAppliesAFirstInput(t *testing.T) {
	kwh := func(link string) float64 {
		v := WarmUp(link)
		k, err := strconv.ParseFloat(v.KWh, 64)
		if !v.OK || err != nil {
			t.Fatalf("WarmUp(%q): %+v (%v)", link, v, err)
		}
		return k
	}
	// The warm-up sets 1000 accelerators, whatever the link's count.
	if a, b := kwh("/?preset=llama-3.1-405b&n=1000"), kwh("/?preset=llama-3.1-405b&n=4000"); a != b {
		t.Errorf("the warm-up's edit did not replace the link's count: %g kWh against %g", a, b)
	}
	// GPT-3 ran on 10,000 V100s for 14.8 days (1,287 MWh, Patterson et
	// al. 2021): a tenth of the accelerators over the same days is a
	// tenth of the energy.
	o, err := estimate.Estimate(estimate.FromQuery(url.Values{"preset": {"gpt-3"}}))
	if err != nil {
		t.Fatal(err)
	}
	preset, _ := strconv.ParseFloat(newResultView("en", false, o, true).KWh, 64)
	if got := kwh("/?preset=gpt-3"); math.Abs(got/preset-0.1) > 1e-9 {
		t.Errorf("warmed GPT-3 with 1000 accelerators: %g kWh, %g of the preset's %g kWh; want 0.1", got, got/preset, preset)
	}
}

func TestWarmUpTakesAnyLink(t *testing.T) {
	for _, link := range []string{"", "%zz", "/nope/", "/?n=-1", "/?n=NaN&hours=1e999", "/embed/?view=power",
		"/?" + strings.Repeat("preset=x&", 5000), "\x00/\xff?"} {
		v := WarmUp(link)
		if v.OK && (v.Energy == "" || v.KWh == "") {
			t.Errorf("WarmUp(%q): OK without numbers: %+v", link, v)
		}
	}
}
