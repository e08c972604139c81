package content

// PowerSources are the generators a training run's energy is compared
// with, each as one reference unit (a 1,000 MW reactor, the Three Gorges
// dam, one wind turbine …). Capacity factors are US fleet averages from EIA
// (Electric Power Annual Tables 4.08.A/B) with the range over recent years,
// except hydro, which uses Three Gorges' own output averaged over ten years. Lifecycle emissions are
// the IPCC AR5 medians with their minimum and maximum.
var PowerSources = []PowerSource{
	{
		ID: "nuclear",
		// 2020: 97,238 MW of time-adjusted nuclear capacity over about 94
		// reactors ≈ 1,030 MW each.
		UnitCapacityMW: Param{Value: 1000, Unit: "MWe", Year: 2020, Source: "eia-electric-power-annual", Note: "Reference unit: one 1,000 MW reactor, a round figure close to the US average (97,238 MW of capacity in 2020 over about 94 reactors)."},
		// Table 4.08.B: 2016 92.3%, 2017 92.3%, 2018 92.5%, 2019 93.4%,
		// 2020 92.4%, 2021 92.8%.
		CapacityFactor:      Param{Value: 0.924, Low: 0.923, High: 0.934, Unit: "fraction", Year: 2020, Source: "eia-electric-power-annual", Note: "US nuclear fleet 2020; range 2016–2021."},
		LifecycleGCO2PerKWh: Param{Value: 12, Low: 3.7, High: 110, Unit: "gCO2e/kWh", Year: 2014, Source: "ipcc-ar5-annex3", Note: "Table A.III.2, nuclear: median with minimum and maximum of the harmonised literature (min/max not re-read; medians checked via a secondary copy)."},
	},
	{
		ID:             "coal",
		UnitCapacityMW: Param{Value: 1000, Unit: "MWe", Year: 2021, Source: "eia-electric-power-annual", Note: "Reference unit: one 1,000 MW coal unit, the size of a large modern (ultra-)supercritical unit; a chosen reference, not a fleet average."},
		// Table 4.08.A, coal: 2016 52.8%, 2017 53.1%, 2018 53.6%, 2019
		// 47.5%, 2020 40.5%, 2021 49.1%.
		CapacityFactor:      Param{Value: 0.491, Low: 0.405, High: 0.536, Unit: "fraction", Year: 2021, Source: "eia-electric-power-annual", Note: "US coal fleet 2021; range 2016–2021 (low in 2020)."},
		LifecycleGCO2PerKWh: Param{Value: 820, Low: 740, High: 910, Unit: "gCO2e/kWh", Year: 2014, Source: "ipcc-ar5-annex3", Note: "Table A.III.2, coal (pulverised): median with minimum and maximum (min/max not re-read)."},
	},
	{
		ID:             "gas",
		UnitCapacityMW: Param{Value: 500, Unit: "MWe", Year: 2021, Source: "eia-electric-power-annual", Note: "Reference unit: one 500 MW natural gas combined-cycle plant (a typical single-shaft or 1x1 block); a chosen reference, not a fleet average."},
		// Table 4.08.A, natural gas combined cycle: 2016 55.4%, 2017 51.2%,
		// 2018 55.1%, 2019 57.4%, 2020 57.1%, 2021 55.0%.
		CapacityFactor:      Param{Value: 0.550, Low: 0.512, High: 0.574, Unit: "fraction", Year: 2021, Source: "eia-electric-power-annual", Note: "US natural gas combined-cycle fleet 2021; range 2016–2021."},
		LifecycleGCO2PerKWh: Param{Value: 490, Low: 410, High: 650, Unit: "gCO2e/kWh", Year: 2014, Source: "ipcc-ar5-annex3", Note: "Table A.III.2, gas combined cycle: median with minimum and maximum (min/max not re-read)."},
	},
	{
		ID:             "hydro",
		UnitCapacityMW: Param{Value: 22500, Unit: "MWe", Year: 2020, Source: "ctg-three-gorges-2020", Note: "Reference unit: the Three Gorges dam, 32 × 700 MW main units plus smaller units."},
		// Output in TWh: 2014 98.8, 2015 87.0, 2016 93.5, 2017 97.6, 2018
		// 101.6, 2019 96.9, 2020 111.8, 2021 103.6, 2022 78.8, 2023 80.3;
		// mean 95.0 ÷ (22.5 GW × 8,766 h) = 0.482. Design 88.2 TWh → 0.447;
		// 2022 → 0.400; 2020 (8,784 h) → 0.566.
		CapacityFactor:      Param{Value: 0.482, Low: 0.4, High: 0.566, Unit: "fraction", Year: 2023, Source: "ctg-three-gorges-2020", Note: "Multi-year average: about 95 TWh a year over 2014–2023 ÷ 22.5 GW. Low: the drought year 2022 (78.8 TWh); high: the record year 2020 (111.8 TWh). The design output, 88.2 TWh (0.447), lies inside. 2015, 2016, 2019 and 2021 outputs were not re-read."},
		LifecycleGCO2PerKWh: Param{Value: 24, Low: 1, High: 2200, Unit: "gCO2e/kWh", Year: 2014, Source: "ipcc-ar5-annex3", Note: "Table A.III.2, hydropower: median with minimum and maximum; the maximum reflects reservoirs with large methane emissions (min/max not re-read)."},
	},
	{
		ID:             "wind",
		UnitCapacityMW: Param{Value: 3.4, Low: 3, High: 6, Unit: "MWe", Year: 2023, Source: "doe-wind-market-2024", Note: "Reference unit: one onshore turbine of 3.4 MW, the average of US land-based turbines installed in 2023 (read via a secondary summary); new models are 3–6 MW."},
		// Table 4.08.B, wind: 2014 34.0%, 2015 32.2%, 2016 34.5%, 2017
		// 34.6%, 2018 34.6%, 2019 34.4%, 2020 35.3%.
		CapacityFactor:      Param{Value: 0.353, Low: 0.322, High: 0.353, Unit: "fraction", Year: 2020, Source: "eia-electric-power-annual", Note: "US wind fleet 2020; range 2014–2020."},
		LifecycleGCO2PerKWh: Param{Value: 11, Low: 7, High: 56, Unit: "gCO2e/kWh", Year: 2014, Source: "ipcc-ar5-annex3", Note: "Table A.III.2, wind onshore: median with minimum and maximum (min/max not re-read)."},
	},
	{
		ID:             "solar",
		UnitCapacityMW: Param{Value: 100, Unit: "MWe", Year: 2021, Source: "eia-electric-power-annual", Note: "Reference unit: one 100 MW (AC) utility-scale PV farm, a round size within the range of US plants."},
		// Table 4.08.B, solar PV: 2016 25.0%, 2017 25.6%, 2018 25.1%,
		// 2019 24.3%, 2020 24.2%, 2021 24.4%.
		CapacityFactor:      Param{Value: 0.244, Low: 0.242, High: 0.256, Unit: "fraction", Year: 2021, Source: "eia-electric-power-annual", Note: "US utility-scale solar PV fleet 2021; range 2016–2021."},
		LifecycleGCO2PerKWh: Param{Value: 48, Low: 18, High: 180, Unit: "gCO2e/kWh", Year: 2014, Source: "ipcc-ar5-annex3", Note: "Table A.III.2, solar PV utility: median with minimum and maximum (min/max not re-read)."},
		// 1 acre = 4,046.856 m²: 4.2 acres → 17,000 m²; 2.86 → 11,560;
		// 6.0 → 24,280.
		LandM2PerMW: Param{Value: 17000, Low: 11560, High: 24280, Unit: "m²/MW", Year: 2019, Source: "bolinger-2022", Note: "Land inside the fenced area of US plants built in 2019, drawn on satellite imagery: tracking plants about 4.2 acres per MWac (a 100 MW tracking plant on about 420 acres), most new plants being tracking. Low: fixed-tilt plants of 2019 (0.35 MWac per acre; not re-read); high: tracking plants of 2011 (about 600 acres per 100 MW). NREL's 2013 7.3 and 8.9 acres were direct and total areas, not fixed and tracking."},
	},
}
