package ui

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/calc"
	"wattledger/content"
)

func TestCampusPowerReadsAsEachLanguageWritesIt(t *testing.T) {
	gw := calc.Exact(calc.Gigawatt)
	cluster := calc.Spread(87.516*calc.Megawatt, 137.3073*calc.Megawatt, 194.42475*calc.Megawatt)
	for _, c := range []struct {
		name string
		l    content.Lang
		r    calc.Range[calc.Power]
		want string
	}{
		{"a gigawatt in English", content.English, gw, "1 GW"},
		{"a gigawatt in Chinese is 1吉瓦, not 100万千瓦", content.Chinese, gw, "1吉瓦"},
		{"a cluster's wide range keeps two figures", content.English, cluster, "140 MW"},
		{"a cluster in Chinese is in 兆瓦", content.Chinese, cluster, "140兆瓦"},
		{"Zhongwei's 2.46 GW", content.Chinese, calc.Spread(2255*calc.Megawatt, 2460*calc.Megawatt, 2665*calc.Megawatt), "2.5吉瓦"},
	} {
		if got := campusPower(c.l, c.r); got != c.want {
			t.Errorf("%s: campusPower = %q, want %q", c.name, got, c.want)
		}
	}
	if got := campusPowerRange(content.English, cluster); got != "88–190 MW" {
		t.Errorf("cluster range = %q, want 88–190 MW", got)
	}
}

func TestAnnualEnergyIsInTerawattHoursInEnglish(t *testing.T) {
	// 1 GW × 8,760 h = 8.76 TWh = 87.6亿千瓦时.
	year := calc.Exact(calc.Gigawatt.Over(8760 * calc.Hour))
	if got := annualEnergy(content.English, year); got != "8.76 TWh" {
		t.Errorf("English: %q, want 8.76 TWh", got)
	}
	if got := annualEnergy(content.Chinese, year); got != "87.6亿千瓦时" {
		t.Errorf("Chinese: %q, want 87.6亿千瓦时", got)
	}
}

func TestSentencePutsElementsWhereEachLanguagePutsThem(t *testing.T) {
	el := app.Span().Text("X")
	// The text parts render as the catalogue wrote them, the element in
	// its placeholder's place.
	for _, c := range []struct {
		text  string
		parts int
	}{
		{"{share} of its demand", 2},
		{"占其全年用电量的{share}", 2},
		{"a {share} b {unknown} c", 4},
		{"no placeholder", 1},
		{"unclosed {share", 1},
	} {
		got := sentence(c.text, map[string]app.UI{"share": el})
		if len(got) != c.parts {
			t.Errorf("%q: %d parts, want %d", c.text, len(got), c.parts)
		}
		var b strings.Builder
		for _, p := range got {
			b.WriteString(app.HTMLString(p))
		}
		want := strings.ReplaceAll(c.text, "{share}", app.HTMLString(el))
		if c.text == "unclosed {share" {
			want = c.text
		}
		if b.String() != want {
			t.Errorf("%q: reads %q, want %q", c.text, b.String(), want)
		}
	}
}
