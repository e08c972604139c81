package chart

import (
	"testing"

	"wattledger/calc"
	"wattledger/content"
)

// TestFormat checks the glue between the charts and content's formatting:
// the figures are content's (tested there), the words the chart's own.
func TestFormat(t *testing.T) {
	en, zh := content.English, content.Chinese
	for _, c := range []struct{ got, want string }{
		{energy(en, 1.287e6), "1,290 MWh"},
		{energy(zh, 1.287e6), "129万千瓦时"},
		{energy(en, 1.287e6), content.Energy(en, calc.Exact(1.287e6*calc.KilowattHour))},
		{energy(zh, 4.15e11), "4150亿千瓦时"},
		{energy(en, 0.045), "45 Wh"},
		{energyTick(en, 1e7), "10 GWh"},
		{energyTick(zh, 1e6), "100万"},
		{duration(en, 0.127), "7.62 minutes"},
		{duration(zh, 0.184), "11分钟"},
		{duration(en, 1.0/60), "1 minute"},
		{duration(zh, 9.25/3600), "9.25秒"},
		{duration(en, 1.0/3600), "1 second"},
		{duration(en, 1), "1 hour"},
		{duration(zh, 47.9), "47.9小时"},
		{duration(en, 51*24), "51 days"},
		{duration(en, 729.9*24), "730 days"},
		{duration(en, 3*hoursPerYear), "3 years"},
		{duration(en, 12345*hoursPerYear), "12,300 years"},
		{duration(zh, 12345*hoursPerYear), "1.23万年"},
		{tick(en, 1e6), "1 million"},
		{tick(zh, 1.5e4), "1.5万"},
		{tick(zh, 1e8), "1亿"},
		{tick(zh, 1e12), "1万亿"},
		{tick(en, 1e12), "1 trillion"},
		{tick(en, 0.30000000000000004), "0.3"},
		{tonnes(zh, 0, 608.751, 0), "609吨"},
		{tonnes(en, 669.2, 720.08, 772.2), "720 t"}, // a ±7% range keeps two figures, as on the page
		{plain(1.287e6), "1287000"},
		{plain(0.12345678), "0.123457"},
		{content.Doubling(en, 9.7/12), "9.7 months"},
		{content.Doubling(en, 1/12.0), "1 month"},
		{content.Doubling(zh, 2.5), "2.5年"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

// TestTimeUnitsMatchThePage checks that bars and the linear axis change unit
// where content.ReadableDuration does, and that a bar reads as the page's
// text: the Three Gorges dam ran "11分钟" in the table and "0.184小时" in the
// chart.
func TestTimeUnitsMatchThePage(t *testing.T) {
	for _, hours := range []float64{0.005, 0.5, 0.184, 0.99, 1, 47.99, 48, 730 * 24, 730.6 * 24, 5 * hoursPerYear} {
		d := calc.Duration(hours) * calc.Hour
		_, unit := content.ReadableDuration(d)
		if _, key := linearTimeUnit(hours); key != "chart.power.axis."+string(unit) {
			t.Errorf("%v hours: axis %s, page %s", hours, key, unit)
		}
		for _, l := range content.Langs {
			if bar, page := duration(l, hours), content.Duration(l, calc.Exact(d)); bar != page {
				t.Errorf("%v hours in %s: bar %q, page %q", hours, l, bar, page)
			}
		}
	}
}
