package content

// References are named figures the results and the explainer compare with:
// data centres' electricity use, one large data centre, single queries, and
// world totals.
var References = []Reference{
	// Data centres.
	{ID: "datacentres-world-2024", Param: Param{Value: 415, Unit: "TWh", Year: 2024, Source: "iea-energy-ai-2025", Note: "All data centres worldwide, about 1.5% of world electricity consumption (Executive summary)."}},
	{ID: "datacentres-world-2024-share", Param: Param{Value: 1.5, Unit: "%", Year: 2024, Source: "iea-energy-ai-2025", Note: "Data centres' share of world electricity consumption."}},
	{ID: "datacentres-world-2030", Param: Param{Value: 945, Unit: "TWh", Year: 2030, Source: "iea-energy-ai-2025", Note: "Base Case projection, just under 3% of world electricity; about 1,200 TWh by 2035. The report's other scenarios were not read for a range."}},
	// 100 MW × 8,760 h × 0.8 = 700,800 MWh; load factor 0.6–0.9 →
	// 525,600–788,400 MWh.
	{ID: "large-datacentre", Param: Param{Value: 700800, Low: 525600, High: 788400, Unit: "MWh", Year: 2024, Source: "iea-energy-ai-2025", Note: "Derived: one hyperscale data centre of 100 MW (IEA's order of magnitude for a typical AI-focused data centre, which it likens to 100,000 households) running at an 80% average load factor for a year (judgement; range 60–90%)."}},
	{ID: "us-datacentres-2023", Param: Param{Value: 176, Unit: "TWh", Year: 2023, Source: "lbnl-2024-datacenter", Note: "US data centres' total electricity use, 4.4% of US electricity (up from 58 TWh in 2014)."}},
	{ID: "us-datacentres-2023-share", Param: Param{Value: 4.4, Unit: "%", Year: 2023, Source: "lbnl-2024-datacenter", Note: "US data centres' share of total US electricity consumption."}},
	{ID: "us-datacentres-2028", Param: Param{Value: 452.5, Low: 325, High: 580, Unit: "TWh", Year: 2028, Source: "lbnl-2024-datacenter", Note: "Projected range 325–580 TWh (6.7–12% of US electricity); the central value is only the midpoint of the report's scenarios."}},

	// Single queries.
	{ID: "chatgpt-query-wh", Param: Param{Value: 0.3, Low: 0.06, High: 1.3, Unit: "Wh", Year: 2025, Source: "epoch-2025-chatgpt", Note: "Estimate for a typical GPT-4o query (about 500 output tokens, 100B active parameters, 10% utilisation, H100, PUE 1.2). Range from Epoch's scenarios: 0.06 Wh (smaller model) to 1.3 Wh (pessimistic); long inputs cost more (about 2.5 Wh at 10k tokens)."}},
	{ID: "gemini-prompt-wh", Param: Param{Value: 0.24, Unit: "Wh", Year: 2025, Source: "google-gemini-2025", Note: "Median Gemini Apps text prompt, May 2025, comprehensive boundary (accelerators, host, idle machines, data centre overhead); 0.10 Wh counting active accelerators only."}},
	{ID: "search-query-wh", Param: Param{Value: 0.3, Unit: "Wh", Year: 2009, Source: "google-search-2009", Note: "0.0003 kWh (1 kJ) per average Google search in 2009, about 0.2 gCO2."}},

	// World totals (countries.csv, OWID_WRL row).
	// China's own statistic, beside Ember's demand figure for it
	// (countries.csv), which counts generation plus net imports.
	{ID: "china-consumption-2024-nea", Param: Param{Value: 9852.1, Unit: "TWh", Year: 2024, Source: "nea-2024-electricity", Note: "全社会用电量 (total electricity consumption, all sectors and households) for 2024: 98,521亿kWh, up 6.8%, published by the NEA on 20 January 2025. Ember's demand for China in 2024 (10,060 TWh) is a different statistic."}},
	{ID: "world-electricity-2024", Param: Param{Value: 30847, Unit: "TWh", Year: 2024, Source: "ember-2025", Note: "World electricity demand (generation plus net imports, grid losses included)."}},
	{ID: "world-grid-intensity-2024", Param: Param{Value: 473, Unit: "gCO2e/kWh", Year: 2024, Source: "ember-2025", Note: "World average lifecycle intensity of electricity generated."}},
	{ID: "world-low-carbon-share-2024", Param: Param{Value: 40.8, Unit: "%", Year: 2024, Source: "owid-elec-mix", Note: "Nuclear 8.98 + hydro 14.29 + wind 8.10 + solar 6.88 + other renewables 2.56 = 40.81% of world generation."}},
	{ID: "world-population-2024", Param: Param{Value: 8141808945, Unit: "people", Year: 2024, Source: "world-bank-wdi", Note: "World mid-year population (SP.POP.TOTL, WLD)."}},
}
