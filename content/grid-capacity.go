package content

// GridCapacities are installed capacity and the latest year's additions by
// region. National statistics first (NEA for China, EIA for the United
// States, CEA/MNRE for India, the Bundesnetzagentur for Germany, DESNZ for
// the United Kingdom, RTE and its partners for France, ISEP for Japan,
// SolarPower Europe and WindEurope for the EU), then Electricity Maps'
// compilations of operators' figures (France, Great Britain), IRENA for the
// world. Where only renewable additions were found, the row says so and the
// capacity is left unknown rather than guessed.
var GridCapacities = []GridCapacity{
	{
		Region: "CHN",
		// 33.5亿千瓦 = 3,350 GW, +14.6% on 2023: 3,350 × 0.146/1.146 = 427 GW
		// added; the bounds are the rounding of 33.5 and 14.6.
		CapacityGW:  Param{Value: 3350, Low: 3345, High: 3355, Unit: "GWe", Year: 2024, Source: "nea-2024-power-statistics", Note: "全国累计发电装机容量约33.5亿千瓦 at the end of 2024, +14.6% on a year earlier."},
		AdditionsGW: Param{Value: 427, Low: 425, High: 429, Unit: "GWe", Year: 2024, Source: "nea-2024-power-statistics", Note: "Derived: 3,350 GW × 14.6 ÷ 114.6; net of retirements. Solar alone added about 278 GW (IRENA)."},
	},
	{
		Region: "USA",
		// June 2024 (EIA-860M, net summer): gas 506.6 + coal 175.1 + wind
		// 150.2 + solar 104.9 + nuclear 96.8 + hydro 79.8 = 1,113.4 GW.
		CapacityGW:  Param{Value: 1230, Low: 1200, High: 1330, Unit: "GWe", Year: 2024, Source: "eia-860m-2025", Note: "Derived, utility-scale net summer capacity: the six largest sources held 1,113 GW in June 2024 (EIA-860M); petroleum, batteries, pumped storage, biomass and geothermal add roughly 90 GW and the second half of 2024 about 25 GW. High: nameplate rather than net summer ratings."},
		AdditionsGW: Param{Value: 48.6, Unit: "GWe", Year: 2024, Source: "eia-capacity-additions-2025", Note: "Utility-scale capacity installed in 2024, the most since 2002: 30 GW solar, 10.3 GW batteries, 5.1 GW wind; gross of retirements."},
	},
	{
		Region:      "IND",
		CapacityGW:  Param{Value: 475.3, Unit: "GWe", Year: 2025, Source: "india-capacity-2025", Note: "Installed capacity on 31 March 2025 (CEA monthly report), end of fiscal year 2024-25."},
		AdditionsGW: Param{Value: 34.054, Unit: "GWe", Year: 2025, Source: "india-capacity-2025", Note: "34,054 MW added in fiscal year 2024-25 (April 2024 to March 2025), then a record."},
	},
	{
		Region: "DEU",
		// Conventional plants on the market at the end of 2023: lignite
		// 18,442 + hard coal 17,523 + gas 30,770 + oil and other 9,749 =
		// 76,484 MW; less the 9,472 MW leaving the market by the end of 2024
		// = 67.0 GW; plus just under 190 GW of renewables = about 257 GW.
		CapacityGW:  Param{Value: 257, Low: 245, High: 291, Unit: "GWe", Year: 2024, Source: "bnetza-kraftwerksliste-2023", LowSource: "statista-kraftwerke-2023", HighSource: "electricitymaps-zones", Note: "Derived: 67 GW of conventional plants on the market (76.5 GW at the end of 2023 in the Bundesnetzagentur's power plant list, less 9.5 GW due to leave the market in 2024) plus just under 190 GW of renewables at the end of 2024 (Bundesnetzagentur); the 8.0 GW held in grid and capacity reserves are left out, and whether pumped storage is in the conventional figure was not read. Low: the list's 244.7 GW on the market in 2023, before 2024's additions; high: 291 GW on 1 January 2025 in Fraunhofer ISE's figures as compiled by Electricity Maps, which count solar in DC (117.9 GW) and hydro plants abroad that feed the German grid."},
		AdditionsGW: Param{Value: 20, Low: 19, High: 21, Unit: "GWe", Year: 2024, Source: "bnetza-2024-renewables", Note: "Renewable capacity rose by almost 20 GW in 2024 to almost 190 GW (16.2 GW solar, 2.5 GW onshore wind net of retirements, 0.7 GW offshore); fossil additions were negligible. The total including fossil plants was not read."},
	},
	{
		Region: "GBR",
		// Great Britain on 1 January 2025 (Electricity Maps, MW): gas 40,470 +
		// wind 32,844 + solar 19,030 + hydro storage 11,080 + unknown 6,238 +
		// hydro 1,687 + coal 0 (Elexon, DESNZ) + nuclear 5,883 (IRENA, 2023) +
		// biomass 4,438 (Elexon, 2023) = 121,670; Northern Ireland, undated:
		// wind 1,430 + gas 1,008 + oil 394 + solar 285 + batteries 150 +
		// biomass 82 + hydro 6 = 3,355; together 125,025. A year earlier Great
		// Britain's entries sum to 102,699, so 106,054 with Northern Ireland.
		// High: + 0.7 + 0.6 + 3 GW of embedded plants = 129.3 GW.
		CapacityGW:  Param{Value: 125, Low: 106.1, High: 129.3, Unit: "GWe", Year: 2024, Source: "electricitymaps-zones", HighSource: "electric-insights-q3-2025", Note: "Derived: Great Britain's installed capacity on 1 January 2025 as compiled by Electricity Maps, 121.7 GW (gas 40.5, wind 32.8, solar 19.0, hydro storage 11.1, other 6.2, hydro 1.7, no coal, from Elexon and DESNZ; nuclear 5.9 and biomass 4.4 from 2023 entries), plus Northern Ireland's 3.4 GW in the same compilation (undated). The 11.1 GW of hydro storage is several times Britain's pumped storage and presumably counts batteries (judgement). Low: the same entries a year earlier, 106.1 GW; renewables grew by only 4.1 GW in 2024 (DUKES), so much of the difference is a change of Elexon dataset rather than new plant. High: with the 0.7 GW of hydro, 0.6 GW of biomass and 3 GW of waste-to-energy plants that the transmission system does not see (Electric Insights, from Energy Trends)."},
		AdditionsGW: Param{Value: 4.1, Unit: "GWe", Year: 2024, Source: "dukes-2025", Note: "Renewable capacity grew by 4.1 GW (7.3%) in 2024, half of it solar; the total including fossil plants was not read."},
	},
	{
		Region: "FRA",
		// 1 January 2025 (ENTSO-E via Electricity Maps, MW): nuclear 62,990 +
		// hydro 20,528 + hydro storage 5,061 + wind 23,935 + solar 22,860 +
		// gas 12,788 + oil 2,979 + biomass 2,475 + coal 1,811 + other 1,266
		// = 156,693; a year earlier 148,463, so 8,230 MW more.
		CapacityGW:  Param{Value: 156.7, Low: 155.4, High: 158.2, Unit: "GWe", Year: 2024, Source: "electricitymaps-zones", HighSource: "panorama-enr-2024", Note: "Installed capacity on 1 January 2025 in the ENTSO-E Transparency Platform, as compiled by Electricity Maps: nuclear 63.0 GW, hydro 25.6 GW (5.1 GW of it storage), wind 23.9 GW, solar 22.9 GW, gas 12.8 GW, oil 3.0 GW, biomass 2.5 GW, coal 1.8 GW and 1.3 GW of other plants. Low: without the other plants; high: with the Panorama's 24.3 GW of solar instead."},
		AdditionsGW: Param{Value: 8.2, Low: 6, High: 8.3, Unit: "GWe", Year: 2024, Source: "electricitymaps-zones", LowSource: "observer-barometre-2024", HighSource: "panorama-enr-2024", Note: "Derived: the ENTSO-E total grew by 8.2 GW during 2024 (148.5 GW on 1 January 2024, 156.7 GW a year later, nuclear from 61.4 to 63.0 GW), net of retirements. Low: Observ'ER's count of about 6 GW of renewables connected; high: the Panorama's 6.7 GW of renewables (4,961 MW solar, 1,091 MW onshore wind, 665 MW offshore wind) plus the 1.6 GW of nuclear."},
	},
	{
		Region:      "JPN",
		AdditionsGW: Param{Value: 3, Low: 2.5, High: 3.5, Unit: "GWe", Year: 2023, Source: "isep-japan-fy2023", Note: "Fiscal year 2023 (April 2023 to March 2024): about 2 GW of solar (AC) connected under the feed-in tariff and about 1 GW of wind, the first year wind reached that level; thermal and nuclear changes and a total capacity were not read. Range: the rounding of both figures (judgement)."},
	},
	{
		Region: "OWID_EU27",
		// 65.5 GW of solar (SolarPower Europe, DC) + 12.9 GW of wind
		// (WindEurope: 11.5 onshore + 1.4 offshore) = 78.4 GW, gross.
		AdditionsGW: Param{Value: 78.4, Unit: "GWe", Year: 2024, Source: "windeurope-2024-statistics", Note: "Derived, solar and wind only, gross of retirements: 65.5 GW of solar (SolarPower Europe, counted in DC) plus 12.9 GW of wind (11.5 GW onshore, 1.4 GW offshore; WindEurope) installed in the EU in 2024. Nuclear (Flamanville 3, about 1.6 GW), batteries, gas and other plants were not read, so all additions were larger and the campus's share of them is overstated."},
	},
	{
		Region: "OWID_WRL",
		// 4,448 GW ÷ 0.46 = 9,670 GW; 0.465 and 0.455 bound the rounding.
		CapacityGW: Param{Value: 9670, Low: 9566, High: 9776, Unit: "GWe", Year: 2024, Source: "irena-capacity-2025", Note: "Derived: the 4,448 GW of renewable capacity at the end of 2024 were 46% of the world's installed generating capacity, so about 9,670 GW in all; the range is the rounding of that share (45.5–46.5%)."},
		// 585 GW ÷ 0.925 = 632 GW.
		AdditionsGW: Param{Value: 632, Low: 625, High: 640, Unit: "GWe", Year: 2024, Source: "irena-capacity-2025", Note: "Derived: 585 GW of renewables were 92.5% of all capacity added in 2024, so about 632 GW in total."},
	},
}
