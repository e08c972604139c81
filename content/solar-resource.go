package content

// SolarResources are PV capacity factors by region: a year's solar
// generation ÷ the average capacity installed during that year, from the
// named statistics. They are fleet averages: rooftop and older plants pull
// them down, and many statistics count capacity in DC, so a new
// utility-scale plant at a good site yields more and the PV the planner
// sizes errs large. The United States' figure is utility-scale plants in
// AC, the basis of the land intensities. The latitude is that of a
// representative utility-scale site, a judgement that sets the design
// day's length; regions without a row use the world's.
var SolarResources = []SolarResource{
	{
		Region:         "USA",
		CapacityFactor: Param{Value: 0.244, Low: 0.242, High: 0.256, Unit: "fraction", Year: 2021, Source: "eia-electric-power-annual", Note: "US utility-scale solar PV fleet 2021; range 2016–2021."},
		LatitudeDeg:    Param{Value: 33, Low: 30, High: 36, Unit: "deg", Year: 2024, Source: "watt-ledger-conventions", Note: "The US sunbelt, where most utility-scale PV and the Texas campuses are (Abilene 32.4°N)."},
	},
	{
		Region: "CHN",
		// 8.32% × 10,057 TWh = 837 TWh; capacity 887 GW at the end of 2024,
		// 887 ÷ 1.452 = 611 GW a year earlier, 749 GW on average:
		// 837,000 GWh ÷ (749 GW × 8,760 h) = 0.128.
		CapacityFactor: Param{Value: 0.128, Low: 0.115, High: 0.14, Unit: "fraction", Year: 2024, Source: "nea-2024-power-statistics", Note: "Derived: 2024 solar generation (8.32% of 10,057 TWh, Ember and OWID) ÷ the average of 611 GW and 887 GW installed (NEA: 8.9亿千瓦, +45.2%). Range ±10% for capacity counted in DC and mid-year additions."},
		LatitudeDeg:    Param{Value: 38, Low: 36, High: 41, Unit: "deg", Year: 2024, Source: "watt-ledger-conventions", Note: "The north-western solar bases and computing hubs (Zhongwei, Ningxia, 37.5°N)."},
	},
	{
		Region: "IND",
		// 6.74% × 2,054 TWh = 138 TWh ÷ (about 90 GW × 8,760 h) = 0.175.
		CapacityFactor: Param{Value: 0.175, Low: 0.16, High: 0.19, Unit: "fraction", Year: 2024, Source: "india-capacity-2025", Note: "Derived: 2024 solar generation (6.74% of 2,054 TWh, Ember and OWID) ÷ about 90 GW installed on average (81.8 GW in March 2024, 102.6 GW in February 2025, MNRE)."},
		LatitudeDeg:    Param{Value: 25, Low: 22, High: 27, Unit: "deg", Year: 2024, Source: "watt-ledger-conventions", Note: "Rajasthan and Gujarat, where most Indian utility-scale PV is."},
	},
	{
		Region: "DEU",
		// 15.04% × 502 TWh = 75.5 TWh ÷ ((83.1 + 99.3)/2 GW × 8,760 h) = 0.094.
		CapacityFactor: Param{Value: 0.094, Low: 0.085, High: 0.105, Unit: "fraction", Year: 2024, Source: "bnetza-2024-renewables", Note: "Derived: 2024 solar generation (15.04% of 502 TWh, Ember and OWID) ÷ the average of 83.1 GW and 99.3 GW installed (Bundesnetzagentur)."},
		LatitudeDeg:    Param{Value: 51, Low: 48, High: 54, Unit: "deg", Year: 2024, Source: "watt-ledger-conventions", Note: "Central Germany."},
	},
	{
		Region: "GBR",
		// 14.4 TWh ÷ (about 17 GW × 8,760 h) = 0.097.
		CapacityFactor: Param{Value: 0.097, Low: 0.09, High: 0.105, Unit: "fraction", Year: 2024, Source: "dukes-2025", Note: "Derived: 14.4 TWh of solar in 2024, the least sunny year since 2001, ÷ about 17 GW installed on average (capacity grew by nearly 13% during the year)."},
		LatitudeDeg:    Param{Value: 52, Low: 50, High: 54, Unit: "deg", Year: 2024, Source: "watt-ledger-conventions", Note: "Southern and central England."},
	},
	{
		Region: "FRA",
		// 24.8 TWh ÷ ((about 20 + 24.3)/2 GW × 8,760 h) = 0.128; the start of
		// the year from 24,333 MW less 4,961 or 3,137 MW added: 0.130–0.124.
		CapacityFactor: Param{Value: 0.128, Low: 0.12, High: 0.13, Unit: "fraction", Year: 2024, Source: "panorama-enr-2024", LowSource: "rte-bilan-2024", Note: "Derived: 24.8 TWh of solar in 2024 ÷ the average of about 20 GW and 24.3 GW installed (24,333 MW at the end of 2024; the year's additions are given as 4,961 MW and as 3,137 MW). Low: RTE's 23.3 TWh of solar production instead."},
		LatitudeDeg:    Param{Value: 44, Low: 43, High: 47, Unit: "deg", Year: 2024, Source: "watt-ledger-conventions", Note: "Southern France, where most French utility-scale PV is."},
	},
	{
		Region: "JPN",
		// 9.51% × 1,018 TWh = 96.9 TWh ÷ (about 74 GW × 8,760 h) = 0.149;
		// 73 GW gives 0.152.
		CapacityFactor: Param{Value: 0.149, Low: 0.135, High: 0.155, Unit: "fraction", Year: 2024, Source: "isep-japan-fy2023", Note: "Derived: 2024 solar generation (9.51% of 1,018 TWh, Ember and OWID) ÷ about 74 GW (AC) connected on average (about 73 GW at the end of March 2024 under the feed-in tariff, growing by about 2 GW a year; ISEP). Low: with capacity outside the feed-in tariff, which was not counted (judgement); high: 73 GW and a margin (judgement)."},
		LatitudeDeg:    Param{Value: 35, Low: 32, High: 38, Unit: "deg", Year: 2024, Source: "watt-ledger-conventions", Note: "Central Japan, between Kyushu and the Kanto plain."},
	},
	{
		Region: "OWID_EU27",
		// 11.09% × 2,729 TWh = 302.6 TWh ÷ ((272.5 + 338)/2 GW × 8,760 h)
		// = 0.113; ±10% as for China.
		CapacityFactor: Param{Value: 0.113, Low: 0.102, High: 0.125, Unit: "fraction", Year: 2024, Source: "spe-eu-solar-2024", Note: "Derived: 2024 solar generation (11.09% of 2,729 TWh, Ember and OWID) ÷ the average of 272.5 GW and 338 GW installed (SolarPower Europe: 65.5 GW added in 2024, counted in DC). Range ±10% for capacity counted in DC and mid-year additions."},
		LatitudeDeg:    Param{Value: 45, Low: 38, High: 51, Unit: "deg", Year: 2024, Source: "watt-ledger-conventions", Note: "Between Spain and Italy, where most EU utility-scale PV is, and Germany."},
	},
	{
		Region: "OWID_WRL",
		// 2,131 TWh ÷ ((1,413 + 1,865)/2 GW × 8,760 h) = 0.148.
		CapacityFactor: Param{Value: 0.148, Low: 0.135, High: 0.16, Unit: "fraction", Year: 2024, Source: "irena-capacity-2025", Note: "Derived: 2,131 TWh of solar generation in 2024 (Ember) ÷ the average of 1,413 GW and 1,865 GW installed (IRENA: +451.9 GW to 1,865 GW)."},
		LatitudeDeg:    Param{Value: 35, Low: 25, High: 45, Unit: "deg", Year: 2024, Source: "watt-ledger-conventions", Note: "A mid-latitude site, for regions without a row of their own."},
	},
}
