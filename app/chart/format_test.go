package chart

import (
	"testing"

	"wattledger/content"
)

func TestFormat(t *testing.T) {
	en, zh := content.English, content.Chinese
	for _, c := range []struct{ got, want string }{
		{energy(en, 1.287e6), "1.29 GWh"},
		{energy(zh, 1.287e6), "129万千瓦时"},
		{energy(en, 999.7), "1 MWh"},
		{energy(zh, 9999.6), "1万千瓦时"},
		{energy(zh, 4.15e11), "4150亿千瓦时"},
		{energy(zh, 2.5e12), "2.5万亿千瓦时"},
		{energy(en, 0.045), "45 Wh"},
		{duration(en, 0.127), "7.62 minutes"},
		{duration(en, 1), "1 hour"},
		{duration(zh, 47.9), "47.9小时"},
		{duration(en, 51*24), "51 days"},
		{duration(en, 3*hoursPerYear), "3 years"},
		{duration(en, 12345*hoursPerYear), "12,300 years"},
		{duration(zh, 12345*hoursPerYear), "1.23万年"},
		{number(en, 1234567), "1,230,000"},
		{number(zh, 1234), "1230"},
		{tonnes(zh, 609), "609吨"},
		{plain(1.287e6), "1287000"},
		{plain(0.12345678), "0.123457"},
		{period(en, 9.7/12), "9.7 months"},
		{period(zh, 2.5), "2.5年"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}
