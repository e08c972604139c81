package content

import (
	"testing"

	"wattledger/calc"
)

// TestShare checks tiny shares in both languages: parts in the power of
// ten that puts the number between 1 and 10, Chinese whole numbers in
// words, at the boundaries 0.01%, 1 ppm, 0.1 ppm and 1 ppb and at 0.
func TestShare(t *testing.T) {
	tests := []struct {
		name    string
		percent float64
		en, zh  string
	}{
		{"a few percent", 4.4, "4.4%", "4.4%"},
		{"0.01% is still a percentage", 0.01, "0.01%", "0.01%"},
		{"just under 0.01%", 0.0099, "9.9 parts in 100,000", "十万分之9.9"},
		{"parts in 100,000", 0.0023, "2.3 parts in 100,000", "十万分之2.3"},
		{"a whole number in Chinese words", 0.0006, "6 parts in a million", "百万分之六"},
		{"1 ppm, in the singular", 0.0001, "1 part in a million", "百万分之一"},
		{"just under 1 ppm", 0.0000293, "2.9 parts in 10 million", "千万分之2.9"},
		{"0.1 ppm", 0.00001, "1 part in 10 million", "千万分之一"},
		{"just under 0.1 ppm", 0.0000012, "1.2 parts in 100 million", "亿分之1.2"},
		{"1 ppb", 0.0000001, "1 part in a billion", "十亿分之一"},
		{"parts in 10 billion", 0.0000000456, "4.6 parts in 10 billion", "百亿分之4.6"},
		{"beyond 10 billion the number falls under 1", 0.000000005, "0.5 parts in 10 billion", "百亿分之0.5"},
		{"rounding up crosses a decade", 0.0000999, "1 part in a million", "百万分之一"},
		{"nothing", 0, "0%", "0%"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Share(English, calc.Exact(tt.percent)); got != tt.en {
				t.Errorf("English: got %q, want %q", got, tt.en)
			}
			if got := Share(Chinese, calc.Exact(tt.percent)); got != tt.zh {
				t.Errorf("Chinese: got %q, want %q", got, tt.zh)
			}
		})
	}
}

func TestFormatting(t *testing.T) {
	gpt3 := calc.Exact(1287 * calc.MegawattHour)
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"a headline keeps three figures", Energy(English, gpt3), "1,290 MWh"},
		{"Chinese energy counts 千瓦时 in 万", Energy(Chinese, gpt3), "129万千瓦时"},
		{"a wide range keeps two figures", Energy(English, calc.Spread(1000*calc.MegawattHour, 1287*calc.MegawattHour, 2000*calc.MegawattHour)), "1,300 MWh"},
		{"English energy range", EnergyRange(English, calc.Spread(1100*calc.MegawattHour, 1287*calc.MegawattHour, 1600*calc.MegawattHour)), "1,100–1,600 MWh"},
		{"Chinese energy range", EnergyRange(Chinese, calc.Spread(1100*calc.MegawattHour, 1287*calc.MegawattHour, 1600*calc.MegawattHour)), "110万～160万千瓦时"},
		{"a Chinese range in 瓦时 and 千瓦时 takes the high end's unit", EnergyRange(Chinese, calc.Spread(500*calc.WattHour, calc.KilowattHour, 2*calc.KilowattHour)), "0.5～2千瓦时"},
		{"Chinese uses 亿 from 10^8", Energy(Chinese, calc.Exact(215.9*calc.GigawattHour)), "2.16亿千瓦时"},
		{"small energy in Wh", Energy(English, calc.Exact(0.3*calc.WattHour)), "0.3 Wh"},
		{"small energy in 瓦时", Energy(Chinese, calc.Exact(0.3*calc.WattHour)), "0.3瓦时"},
		{"terawatt-hours stay in TWh", Energy(English, calc.Exact(415000*calc.TerawattHour)), "415,000 TWh"},
		{"English tonnes", Mass(English, calc.Exact(552*calc.Tonne)), "552 t CO₂e"},
		{"Chinese tonnes", Mass(Chinese, calc.Exact(552*calc.Tonne)), "552吨二氧化碳当量"},
		{"Chinese tonnes in 万", Mass(Chinese, calc.Exact(11390*calc.Tonne)), "1.14万吨二氧化碳当量"},
		{"English millions", Number(English, 4.29e9, 3), "4.29 billion"},
		{"an exact count stays exact", ExactCount(English, 16384), "16,384"},
		{"an exact count in Chinese has no separator and no rounding 万", ExactCount(Chinese, 16384), "16384"},
		{"a round count in Chinese takes 万", ExactCount(Chinese, 25000), "2.5万"},
		{"accelerators are counted exactly", FormatParam(Chinese, 16384, "accelerators", 3), "16384块加速卡"},
		{"Chinese 亿", Number(Chinese, 4.29e9, 3), "42.9亿"},
		{"Chinese 万亿", Number(Chinese, 1.2e12, 2), "1.2万亿"},
		{"no float noise", Number(English, 0.1+0.2, 4), "0.3"},
		{"10^8 is one 亿, not 10000万", Number(Chinese, 1e8, 4), "1亿"},
		{"rounding up crosses into 亿", Number(Chinese, 99995000, 3), "1亿"},
		{"10^12 is a trillion", Number(English, 1e12, 4), "1 trillion"},
		{"a limit of 10^35 in powers of ten", Number(English, 1e35, 3), "1 × 10³⁵"},
		{"and in Chinese", Number(Chinese, 3.2e23, 3), "3.2 × 10²³"},
		{"doubling in months", Doubling(English, 0.9), "11 months"},
		{"doubling in years", Doubling(Chinese, 2.5), "2.5年"},
		{"度 rounded as the energy is", KilowattHours(Chinese, calc.Spread(1.7e6*calc.KilowattHour, 2.34e6*calc.KilowattHour, 3.3e6*calc.KilowattHour)), "230万"},
		{"percent", Percent(English, calc.Exact(0.0031987)), "0.0032%"},
		{"power in MW", Power(English, calc.Exact(3.63*calc.Megawatt)), "3.63 MW"},
		{"power in 兆瓦", Power(Chinese, calc.Exact(3.63*calc.Megawatt)), "3.63兆瓦"},
		{"a campus in 吉瓦, not 万千瓦", Power(Chinese, calc.Exact(1.2*calc.Gigawatt)), "1.2吉瓦"},
		{"a cluster of hundreds of MW stays in 兆瓦", Power(Chinese, calc.Exact(220*calc.Megawatt)), "220兆瓦"},
		{"plant capacity in 万千瓦", PlantCapacity(Chinese, calc.Exact(calc.Gigawatt)), "100万千瓦"},
		{"Three Gorges in 万千瓦", PlantCapacity(Chinese, calc.Exact(22.5*calc.Gigawatt)), "2250万千瓦"},
		{"plant capacity in English is power", PlantCapacity(English, calc.Exact(22.5*calc.Gigawatt)), "22.5 GW"},
		{"a fleet's table value (GWe) in 亿千瓦", FormatParam(Chinese, 1230, "GWe", 4), "12.3亿千瓦"},
		{"a plant's table value (MWe) in 万千瓦", FormatParam(Chinese, 1000, "MWe", 4), "100万千瓦"},
		{"a campus's table value (MW) in 吉瓦", FormatParam(Chinese, 1200, "MW", 4), "1.2吉瓦"},
		{"GWe reads GW in English", FormatParam(English, 48.6, "GWe", 4), "48.6 GW"},
		{"hours", Duration(English, calc.Exact(1.393*calc.Hour)), "1.39 hours"},
		{"minutes under an hour", Duration(English, calc.Exact(0.101*calc.Hour)), "6.06 minutes"},
		{"minutes in Chinese: the Three Gorges dam, not 0.184小时", Duration(Chinese, calc.Exact(0.184*calc.Hour)), "11分钟"},
		{"one minute in the singular", Duration(English, calc.Exact(calc.Minute)), "1 minute"},
		{"seconds under a minute", Duration(Chinese, calc.Exact(9.25*calc.Second)), "9.25秒"},
		{"seconds in English", Duration(English, calc.Exact(9.25*calc.Second)), "9.25 seconds"},
		{"hours from an hour", Duration(Chinese, calc.Exact(calc.Hour)), "1小时"},
		{"days in Chinese", Duration(Chinese, calc.Exact(3.2*calc.Day)), "3.2天"},
		{"years", Duration(English, calc.Exact(12*calc.Year)), "12 years"},
		{"area", Area(Chinese, calc.Exact(2.1*calc.SquareKilometre)), "2.1平方公里"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %q, want %q", tt.got, tt.want)
			}
		})
	}
}

func TestNaturalDuration(t *testing.T) {
	for _, tt := range []struct {
		d    calc.Duration
		unit TimeUnit
		v    float64
	}{{3 * calc.Hour, Hours, 3}, {47 * calc.Hour, Hours, 47}, {48 * calc.Hour, Days, 2}, {700 * calc.Day, Days, 700}, {3 * calc.Year, Years, 3}} {
		v, u := NaturalDuration(tt.d)
		if u != tt.unit || v != tt.v {
			t.Errorf("NaturalDuration(%v) = %v %s, want %v %s", tt.d, v, u, tt.v, tt.unit)
		}
	}
}

func TestReadableDuration(t *testing.T) {
	for _, tt := range []struct {
		d    calc.Duration
		unit TimeUnit
		v    float64
	}{{30 * calc.Second, Seconds, 30}, {calc.Minute, Minutes, 1}, {11 * calc.Minute, Minutes, 11}, {calc.Hour, Hours, 1}, {3 * calc.Year, Years, 3}} {
		v, u := ReadableDuration(tt.d)
		if u != tt.unit || v != tt.v {
			t.Errorf("ReadableDuration(%v) = %v %s, want %v %s", tt.d, v, u, tt.v, tt.unit)
		}
	}
}

func TestEveryTableUnitHasAFormat(t *testing.T) {
	for _, sp := range allParams() {
		if sp.p == (Param{}) {
			continue
		}
		for _, l := range Langs {
			if got, ok := formatParam(l, sp.p.Value, sp.p.Unit, 4); !ok {
				t.Errorf("%s: unit %q has no format in %s (got %q)", sp.where, sp.p.Unit, l, got)
			}
		}
	}
}

func TestFormatParam(t *testing.T) {
	for _, tt := range []struct{ got, want string }{
		{FormatParam(English, 3.14e23, "FLOP", 3), "3.14 × 10²³ FLOP"},
		{FormatParam(Chinese, 3.14e23, "FLOP", 3), "3.14 × 10²³次浮点运算"},
		{FormatParam(English, 989e12, "FLOP/s", 3), "989 TFLOP/s"},
		{FormatParam(Chinese, 989e12, "FLOP/s", 3), "每秒989万亿次浮点运算"},
		{FormatParam(Chinese, 10000, "accelerators", 4), "1万块加速卡"},
		{FormatParam(English, 0.924, "fraction", 3), "92.4%"},
		{FormatParam(English, 400, "W", 3), "400 W"},
		{FormatParam(Chinese, 175e9, "parameters", 3), "1750亿个参数"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestFormatParamRangeAndPercent(t *testing.T) {
	pue := Param{Value: 1.2, Low: 1.1, High: 1.4, Source: "x"}
	lbnl := Param{Value: 452.5, Low: 325, High: 580, Unit: "TWh", Source: "x"}
	share := Param{Value: 0.76, Low: 0.6, High: 0.85, Source: "x"}
	for _, tt := range []struct {
		name string
		got  func() (string, error)
		want string
	}{
		{"a ratio's range", func() (string, error) { return FormatParamRange(English, pue) }, "1.1–1.4"},
		{"a Chinese range uses ～", func() (string, error) { return FormatParamRange(Chinese, pue) }, "1.1～1.4"},
		{"an energy range", func() (string, error) { return FormatParamRange(English, lbnl) }, "330–580 TWh"},
		{"a Chinese energy range", func() (string, error) { return FormatParamRange(Chinese, lbnl) }, "3300亿～5800亿千瓦时"},
		{"a fraction as a share", func() (string, error) { return FormatParamPercent(English, share) }, "76%"},
		{"a fraction's range as shares", func() (string, error) {
			return FormatParamRange(Chinese, Param{Value: 0.4, Low: 0.3, High: 0.5, Unit: "fraction", Source: "x"})
		}, "30%～50%"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.got()
			if err != nil || got != tt.want {
				t.Errorf("got %q, %v; want %q", got, err, tt.want)
			}
		})
	}
	if _, err := FormatParamRange(English, Param{Value: 1, Unit: "kWh", Source: "x"}); err == nil {
		t.Error("the range of a figure without one is not an error")
	}
	if _, err := FormatParamPercent(English, pue); err == nil {
		t.Error("a PUE of 1.2 was written as a share")
	}
}

// TestJoinRangeWritesTheUnitOnce: a unit both bounds share is written
// once, a scale (万, 亿) and a sign stay with their numbers, and bounds in
// different units stay whole.
func TestJoinRangeWritesTheUnitOnce(t *testing.T) {
	for _, c := range []struct {
		l               Lang
		low, high, want string
	}{
		{Chinese, "1200吉瓦", "1330吉瓦", "1200～1330吉瓦"},
		{Chinese, "3300亿千瓦时", "5800亿千瓦时", "3300亿～5800亿千瓦时"},
		{Chinese, "9000万千瓦时", "1.2亿千瓦时", "9000万～1.2亿千瓦时"},
		{Chinese, "每千瓦时0.0623美元", "每千瓦时0.0892美元", "每千瓦时0.0623～0.0892美元"},
		{Chinese, "880千瓦", "1.2兆瓦", "880千瓦～1.2兆瓦"},
		{English, "330 TWh", "580 TWh", "330–580 TWh"},
		{English, "$0.062", "$0.089", "$0.062–0.089"},
		{English, "-5 %", "-3 %", "-5–-3 %"},
		{English, "880 kW", "1.2 MW", "880 kW–1.2 MW"},
		{English, "1.1", "1.4", "1.1–1.4"},
	} {
		if got := JoinRange(c.l, c.low, c.high); got != c.want {
			t.Errorf("JoinRange(%q, %q) = %q, want %q", c.low, c.high, got, c.want)
		}
	}
}
