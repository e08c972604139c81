package content

// PowerSources are the generators a training run's energy is compared
// with, each as one reference unit (a 1,000 MW reactor, the Three Gorges
// dam, one wind turbine …). Capacity factors are US fleet averages from EIA
// (Electric Power Annual Tables 4.08.A/B) with the range over recent years,
// except hydro, which uses Three Gorges' own output. Lifecycle emissions are
// the IPCC AR5 medians with their minimum and maximum.
var PowerSources = []PowerSource{
	{
		ID: "nuclear",
		// 2020: 97,238 MW of time-adjusted nuclear capacity over about 94
		// reactors ≈ 1,030 MW each.
		UnitCapacityMW: Param{Value: 1000, Unit: "MW", Year: 2020, Source: "eia-electric-power-annual", Note: "Reference unit: one 1,000 MW reactor, a round figure close to the US average (97,238 MW of capacity in 2020 over about 94 reactors)."},
		// Table 4.08.B: 2016 92.3%, 2017 92.3%, 2018 92.5%, 2019 93.4%,
		// 2020 92.4%, 2021 92.8%.
		CapacityFactor:      Param{Value: 0.924, Low: 0.923, High: 0.934, Unit: "fraction", Year: 2020, Source: "eia-electric-power-annual", Note: "US nuclear fleet 2020; range 2016–2021."},
		LifecycleGCO2PerKWh: Param{Value: 12, Low: 3.7, High: 110, Unit: "gCO2e/kWh", Year: 2014, Source: "ipcc-ar5-annex3", Note: "Table A.III.2, nuclear: median with minimum and maximum of the harmonised literature (min/max not re-read; medians checked via a secondary copy)."},
	},
	{
		ID:             "coal",
		UnitCapacityMW: Param{Value: 1000, Unit: "MW", Year: 2021, Source: "eia-electric-power-annual", Note: "Reference unit: one 1,000 MW coal unit, the size of a large modern (ultra-)supercritical unit; a chosen reference, not a fleet average."},
		// Table 4.08.A, coal: 2016 52.8%, 2017 53.1%, 2018 53.6%, 2019
		// 47.5%, 2020 40.5%, 2021 49.1%.
		CapacityFactor:      Param{Value: 0.491, Low: 0.405, High: 0.536, Unit: "fraction", Year: 2021, Source: "eia-electric-power-annual", Note: "US coal fleet 2021; range 2016–2021 (low in 2020)."},
		LifecycleGCO2PerKWh: Param{Value: 820, Low: 740, High: 910, Unit: "gCO2e/kWh", Year: 2014, Source: "ipcc-ar5-annex3", Note: "Table A.III.2, coal (pulverised): median with minimum and maximum (min/max not re-read)."},
	},
	{
		ID:             "gas",
		UnitCapacityMW: Param{Value: 500, Unit: "MW", Year: 2021, Source: "eia-electric-power-annual", Note: "Reference unit: one 500 MW natural gas combined-cycle plant (a typical single-shaft or 1x1 block); a chosen reference, not a fleet average."},
		// Table 4.08.A, natural gas combined cycle: 2016 55.4%, 2017 51.2%,
		// 2018 55.1%, 2019 57.4%, 2020 57.1%, 2021 55.0%.
		CapacityFactor:      Param{Value: 0.550, Low: 0.512, High: 0.574, Unit: "fraction", Year: 2021, Source: "eia-electric-power-annual", Note: "US natural gas combined-cycle fleet 2021; range 2016–2021."},
		LifecycleGCO2PerKWh: Param{Value: 490, Low: 410, High: 650, Unit: "gCO2e/kWh", Year: 2014, Source: "ipcc-ar5-annex3", Note: "Table A.III.2, gas combined cycle: median with minimum and maximum (min/max not re-read)."},
	},
	{
		ID:             "hydro",
		UnitCapacityMW: Param{Value: 22500, Unit: "MW", Year: 2020, Source: "ctg-three-gorges-2020", Note: "Reference unit: the Three Gorges dam, 32 × 700 MW main units plus smaller units."},
		// 2020: 111.8e9 kWh ÷ (22.5e6 kW × 8,784 h) = 0.566.
		// Long-run average about 95 TWh ÷ (22.5e6 kW × 8,766 h) = 0.482;
		// 2014: 98.8 TWh → 0.501.
		CapacityFactor:      Param{Value: 0.566, Low: 0.482, High: 0.566, Unit: "fraction", Year: 2020, Source: "ctg-three-gorges-2020", Note: "Derived from 111.8 TWh generated in 2020, its record year; low: the typical year of about 95 TWh (2014: 98.8 TWh, 0.501)."},
		LifecycleGCO2PerKWh: Param{Value: 24, Low: 1, High: 2200, Unit: "gCO2e/kWh", Year: 2014, Source: "ipcc-ar5-annex3", Note: "Table A.III.2, hydropower: median with minimum and maximum; the maximum reflects reservoirs with large methane emissions (min/max not re-read)."},
	},
	{
		ID:             "wind",
		UnitCapacityMW: Param{Value: 3.4, Low: 3, High: 6, Unit: "MW", Year: 2023, Source: "doe-wind-market-2024", Note: "Reference unit: one onshore turbine of 3.4 MW, the average of US land-based turbines installed in 2023 (read via a secondary summary); new models are 3–6 MW."},
		// Table 4.08.B, wind: 2014 34.0%, 2015 32.2%, 2016 34.5%, 2017
		// 34.6%, 2018 34.6%, 2019 34.4%, 2020 35.3%.
		CapacityFactor:      Param{Value: 0.353, Low: 0.322, High: 0.353, Unit: "fraction", Year: 2020, Source: "eia-electric-power-annual", Note: "US wind fleet 2020; range 2014–2020."},
		LifecycleGCO2PerKWh: Param{Value: 11, Low: 7, High: 56, Unit: "gCO2e/kWh", Year: 2014, Source: "ipcc-ar5-annex3", Note: "Table A.III.2, wind onshore: median with minimum and maximum (min/max not re-read)."},
	},
	{
		ID:             "solar",
		UnitCapacityMW: Param{Value: 100, Unit: "MW", Year: 2021, Source: "nrel-ong-2013", Note: "Reference unit: one 100 MW (AC) utility-scale PV farm, within the large-PV (over 20 MW) class of the land-use study."},
		// Table 4.08.B, solar PV: 2016 25.0%, 2017 25.6%, 2018 25.1%,
		// 2019 24.3%, 2020 24.2%, 2021 24.4%.
		CapacityFactor:      Param{Value: 0.244, Low: 0.242, High: 0.256, Unit: "fraction", Year: 2021, Source: "eia-electric-power-annual", Note: "US utility-scale solar PV fleet 2021; range 2016–2021."},
		LifecycleGCO2PerKWh: Param{Value: 48, Low: 18, High: 180, Unit: "gCO2e/kWh", Year: 2014, Source: "ipcc-ar5-annex3", Note: "Table A.III.2, solar PV utility: median with minimum and maximum (min/max not re-read)."},
		// 1 acre = 4,046.856 m²: 7.9 acres → 31,970 m²; 7.3 → 29,542;
		// 8.9 → 36,017.
		LandM2PerMW: Param{Value: 31970, Low: 29540, High: 36020, Unit: "m²/MW", Year: 2013, Source: "nrel-ong-2013", Note: "Total area of large PV plants, about 7.9 acres per MWac (range 7.3–8.9 across fixed-tilt and tracking), converted at 4,046.856 m² per acre; the report's summary table was not re-read."},
	},
}
