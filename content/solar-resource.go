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
		Region: "OWID_WRL",
		// 2,131 TWh ÷ ((1,413 + 1,865)/2 GW × 8,760 h) = 0.148.
		CapacityFactor: Param{Value: 0.148, Low: 0.135, High: 0.16, Unit: "fraction", Year: 2024, Source: "irena-capacity-2025", Note: "Derived: 2,131 TWh of solar generation in 2024 (Ember) ÷ the average of 1,413 GW and 1,865 GW installed (IRENA: +451.9 GW to 1,865 GW)."},
		LatitudeDeg:    Param{Value: 35, Low: 25, High: 45, Unit: "deg", Year: 2024, Source: "watt-ledger-conventions", Note: "A mid-latitude site, for regions without a row of their own."},
	},
}
