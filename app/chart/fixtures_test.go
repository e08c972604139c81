package chart

import "wattledger/content"

// Fixture inputs for the golden files and benchmarks: GPT-3's published
// 1,287 MWh and round figures of the kind the app passes in.
const gpt3KWh = 1.287e6

func powerInput() PowerSourcesInput {
	return PowerSourcesInput{KWh: gpt3KWh, Runs: []SourceRun{
		{"nuclear", gpt3KWh / (1e6 * 0.93)},
		{"coal", gpt3KWh / (1e6 * 0.5)},
		{"gas", gpt3KWh / (5e5 * 0.55)},
		{"hydro", gpt3KWh / (2.25e7 * 0.45)},
		{"wind", gpt3KWh / (3e3 * 0.35)},
		{"solar", gpt3KWh / (1e5 * 0.25)},
	}}
}

// powerLinearInput spans less than 100× and so gets a linear axis in days.
func powerLinearInput() PowerSourcesInput {
	in := powerInput()
	in.KWh *= 40
	in.Runs = []SourceRun{in.Runs[0], in.Runs[1], in.Runs[2], in.Runs[5]}
	for i := range in.Runs {
		in.Runs[i].Hours *= 40
	}
	return in
}

func growthInput() GrowthInput {
	return GrowthInput{
		Presets: []GrowthPoint{
			{"T5 (11B)", 2019, 85.7e3, false},
			{"GPT-3 (175B)", 2020, 1.287e6, false},
			{"Gopher (280B)", 2021, 1.066e6, false},
			{"OPT-175B", 2022, 324e3, false},
			{"BLOOM (176B)", 2022, 433e3, true},
			{"Llama 2 (70B)", 2023, 688e3, false},
			{"GPT-4", 2023, 50e6, false},
			{"DeepSeek-V3", 2024, 2.3e6, false},
			{"Llama 3.1 (405B)", 2024, 27.5e6, false},
		},
		Yours: &GrowthPoint{"mine", 2025, 5e5, false},
	}
}

func scaleInput(l content.Lang) ScaleInput {
	us, bhutan := "United States", "Bhutan"
	if l == content.Chinese {
		us, bhutan = "美国", "不丹"
	}
	return ScaleInput{KWh: gpt3KWh, Rungs: []Rung{
		{l.T("chart.scale.household", "place", us), 10.5e3},
		{l.T("chart.scale.country", "place", bhutan), 11.99e9},
		{l.T("chart.scale.datacentre"), 876e6},
		{l.T("chart.scale.alldatacentres"), 415e9},
	}}
}

func co2Input(l content.Lang) CO2Input {
	names := []string{"World", "China", "United States", "France"}
	if l == content.Chinese {
		names = []string{"世界", "中国", "美国", "法国"}
	}
	t := func(g float64) float64 { return g * gpt3KWh / 1e6 }
	return CO2Input{
		KWh: gpt3KWh,
		Grids: []GridEmission{
			{names[0], t(473), 0, 0},
			{names[1], t(559.5), t(520), t(600)},
			{names[2], t(383.6), t(350), t(420)},
			{names[3], t(44.2), t(35), t(60)},
		},
		Sources: []SourceEmission{ // IPCC AR5 lifecycle median, min, max
			{"coal", t(820), t(740), t(910)},
			{"gas", t(490), t(410), t(650)},
			{"solar", t(48), t(18), t(180)},
			{"hydro", t(24), t(1), t(2200)},
			{"nuclear", t(12), t(3.7), t(110)},
			{"wind", t(11), t(7), t(56)},
		},
	}
}

// stackInput is 100,000 H100s at the tables' defaults beside the same
// cluster counted as a model card would (700 W each, PUE 1.1).
func stackInput(l content.Lang) PowerStackInput {
	names := []string{"Whole facility", "As a model card counts it"}
	if l == content.Chinese {
		names = []string{"整座设施", "按模型卡口径"}
	}
	return PowerStackInput{Bars: []StackBar{
		{Name: names[0], Parts: []PartPower{
			{"accelerators", 53.2, 42, 59.5}, {"servers", 43.7, 34.5, 48.9},
			{"network", 8.72, 3.06, 16.3}, {"cooling", 31.7, 7.96, 69.8},
		}},
		{Name: names[1], Parts: []PartPower{
			{"accelerators", 70, 70, 70}, {"servers", 0, 0, 0}, {"network", 0, 0, 0}, {"cooling", 7, 7, 7},
		}},
	}}
}

func tornadoInput() TornadoInput {
	return TornadoInput{KWh: 296.6e6, Swings: []Swing{
		{"pue", 251e6, 355.9e6}, {"w", 262.3e6, 315.9e6}, {"host", 268.4e6, 312.4e6}, {"net", 283e6, 312.9e6},
	}}
}

// charts lists every golden chart by file name stem.
var charts = []struct {
	name string
	draw func(content.Lang) (Chart, error)
}{
	{"power", func(l content.Lang) (Chart, error) { return PowerSources(powerInput(), l) }},
	{"power-linear", func(l content.Lang) (Chart, error) { return PowerSources(powerLinearInput(), l) }},
	{"growth", func(l content.Lang) (Chart, error) { return Growth(growthInput(), l) }},
	{"scale", func(l content.Lang) (Chart, error) { return Scale(scaleInput(l), l) }},
	{"co2", func(l content.Lang) (Chart, error) { return CO2(co2Input(l), l) }},
	{"stack", func(l content.Lang) (Chart, error) { return PowerStack(stackInput(l), l) }},
	{"tornado", func(l content.Lang) (Chart, error) { return Tornado(tornadoInput(), l) }},
}
