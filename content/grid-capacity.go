package content

// GridCapacities are installed capacity and the latest year's additions by
// region. National statistics first (NEA for China, EIA for the United
// States, CEA/MNRE for India, the Bundesnetzagentur for Germany, DESNZ for
// the United Kingdom), IRENA for the world. Where only renewable additions
// were found, the row says so and the capacity is left unknown rather than
// guessed.
var GridCapacities = []GridCapacity{
	{
		Region: "CHN",
		// 33.5亿千瓦 = 3,350 GW, +14.6% on 2023: 3,350 × 0.146/1.146 = 427 GW
		// added; the bounds are the rounding of 33.5 and 14.6.
		CapacityGW:  Param{Value: 3350, Low: 3345, High: 3355, Unit: "GW", Year: 2024, Source: "nea-2024-power-statistics", Note: "全国累计发电装机容量约33.5亿千瓦 at the end of 2024, +14.6% on a year earlier."},
		AdditionsGW: Param{Value: 427, Low: 425, High: 429, Unit: "GW", Year: 2024, Source: "nea-2024-power-statistics", Note: "Derived: 3,350 GW × 14.6 ÷ 114.6; net of retirements. Solar alone added about 278 GW (IRENA)."},
	},
	{
		Region: "USA",
		// June 2024 (EIA-860M, net summer): gas 506.6 + coal 175.1 + wind
		// 150.2 + solar 104.9 + nuclear 96.8 + hydro 79.8 = 1,113.4 GW.
		CapacityGW:  Param{Value: 1230, Low: 1200, High: 1330, Unit: "GW", Year: 2024, Source: "eia-860m-2025", Note: "Derived, utility-scale net summer capacity: the six largest sources held 1,113 GW in June 2024 (EIA-860M); petroleum, batteries, pumped storage, biomass and geothermal add roughly 90 GW and the second half of 2024 about 25 GW. High: nameplate rather than net summer ratings."},
		AdditionsGW: Param{Value: 48.6, Unit: "GW", Year: 2024, Source: "eia-capacity-additions-2025", Note: "Utility-scale capacity installed in 2024, the most since 2002: 30 GW solar, 10.3 GW batteries, 5.1 GW wind; gross of retirements."},
	},
	{
		Region:      "IND",
		CapacityGW:  Param{Value: 475.3, Unit: "GW", Year: 2025, Source: "india-capacity-2025", Note: "Installed capacity on 31 March 2025 (CEA monthly report), end of fiscal year 2024-25."},
		AdditionsGW: Param{Value: 34.054, Unit: "GW", Year: 2025, Source: "india-capacity-2025", Note: "34,054 MW added in fiscal year 2024-25 (April 2024 to March 2025), then a record."},
	},
	{
		Region:      "DEU",
		AdditionsGW: Param{Value: 20, Low: 19, High: 21, Unit: "GW", Year: 2024, Source: "bnetza-2024-renewables", Note: "Renewable capacity rose by almost 20 GW in 2024 to almost 190 GW (16.2 GW solar, 2.5 GW onshore wind net of retirements, 0.7 GW offshore); fossil additions were negligible. The total including fossil plants was not read."},
	},
	{
		Region:      "GBR",
		AdditionsGW: Param{Value: 4.1, Unit: "GW", Year: 2024, Source: "dukes-2025", Note: "Renewable capacity grew by 4.1 GW (7.3%) in 2024, half of it solar; the total including fossil plants was not read."},
	},
	{
		Region: "OWID_WRL",
		// 4,448 GW ÷ 0.46 = 9,670 GW; 0.465 and 0.455 bound the rounding.
		CapacityGW: Param{Value: 9670, Low: 9566, High: 9776, Unit: "GW", Year: 2024, Source: "irena-capacity-2025", Note: "Derived: the 4,448 GW of renewable capacity at the end of 2024 were 46% of the world's installed generating capacity, so about 9,670 GW in all; the range is the rounding of that share (45.5–46.5%)."},
		// 585 GW ÷ 0.925 = 632 GW.
		AdditionsGW: Param{Value: 632, Low: 625, High: 640, Unit: "GW", Year: 2024, Source: "irena-capacity-2025", Note: "Derived: 585 GW of renewables were 92.5% of all capacity added in 2024, so about 632 GW in total."},
	},
}
