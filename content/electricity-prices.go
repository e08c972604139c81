package content

// ElectricityPrices are what industrial customers pay per kWh, in US
// dollars, taxes other than VAT included where the source includes them.
// A campus that signs a long-term contract or builds its own plants pays
// something else; the price only puts a year of its energy into money.
var ElectricityPrices = []ElectricityPrice{
	{
		Region:    "USA",
		USDPerKWh: Param{Value: 0.0806, Low: 0.0623, High: 0.0892, Unit: "USD/kWh", Year: 2023, Source: "eia-electric-power-annual-2023", Note: "US average revenue per kWh from industrial customers, 8.06 cents; range: Tennessee (6.23, the Memphis campus) to Virginia (8.92, the largest data-centre market)."},
	},
	{
		Region: "CHN",
		// 0.641 yuan ÷ 7.2 yuan per dollar = $0.089; 0.36 yuan (Zhongwei's
		// preferential data-centre tariff) = $0.050.
		USDPerKWh: Param{Value: 0.089, Low: 0.05, High: 0.1, Unit: "USD/kWh", Year: 2023, Source: "globalpetrolprices-2023", Note: "Average business electricity price in mainland China, 0.641 yuan per kWh in September 2023 (GlobalPetrolPrices, read via a Chinese summary), at 7.2 yuan per dollar; low: the 0.36 yuan/kWh tariff Zhongwei offers data centres; high: judgement."},
	},
	{
		Region:    "DEU",
		USDPerKWh: Param{Value: 0.25, Low: 0.2, High: 0.27, Unit: "USD/kWh", Year: 2024, Source: "eurostat-nrg-pc-205", Note: "Non-household electricity in 2024, excluding VAT: Germany €0.233/kWh, about 25% above the EU average, at about $1.08 per euro (Federal Reserve, 2024); read via a secondary summary of Eurostat's figures."},
	},
	{
		Region:    "FRA",
		USDPerKWh: Param{Value: 0.185, Low: 0.15, High: 0.2, Unit: "USD/kWh", Year: 2024, Source: "eurostat-nrg-pc-205", Note: "Non-household electricity in 2024, excluding VAT: France €0.171/kWh at about $1.08 per euro (Federal Reserve, 2024); read via a secondary summary of Eurostat's figures."},
	},
	{
		Region: "GBR",
		// 25.85p × $1.2440 per pound = 32.2 cents; 22.32p × 1.2440 = 27.8.
		USDPerKWh: Param{Value: 0.322, Low: 0.278, High: 0.322, Unit: "USD/kWh", Year: 2023, Source: "desnz-intl-prices-2023", LowSource: "desnz-eu-prices-2024", Note: "UK industrial electricity price in 2023, 25.85 pence per kWh with taxes (DESNZ's international comparison of IEA data, the highest of the IEA countries covered), at $1.2440 per pound (Federal Reserve, 2023 average); low: very large users' 22.32 pence in the second half of 2024, at the same rate. Both read via reports of the government tables."},
	},
	{
		Region: "JPN",
		// 21.2 yen ÷ 140.5001 yen per dollar = $0.151; 17.4 ÷ 140.5001 = $0.124;
		// 24.2 ÷ 140.5001 = $0.172.
		USDPerKWh: Param{Value: 0.151, Low: 0.124, High: 0.172, Unit: "USD/kWh", Year: 2023, Source: "eic-japan-extra-high-voltage-2025", Note: "Japan's average extra-high-voltage (特別高圧, 2 MW and above) electricity price in 2023, 21.2 yen per kWh after the government's 1.8 yen discount, compiled by the Energy Information Center from its 新電力ネット data and, according to a companion page, without the renewable-energy surcharge; at 140.50 yen per dollar (Federal Reserve, 2023 average). Low: the 2025 average, 17.4 yen; high: the peak months of 2023, 24.2 yen; both at the 2023 rate."},
	},
	{
		Region: "IND",
		// Rs 7.15 ÷ 82.57 = $0.087; Rs 8.41 ÷ 82.57 = $0.102; their midpoint
		// Rs 7.78 = $0.094.
		USDPerKWh: Param{Value: 0.094, Low: 0.087, High: 0.102, Unit: "USD/kWh", Year: 2024, Source: "business-standard-india-2024", Note: "Tariffs for small-scale industrial units in April 2024: Rs 7.15 per kWh in Haryana, Rs 8.41 in Maharashtra, at 82.57 rupees per dollar (Federal Reserve, 2023 average); central: their midpoint (judgement). Large high-tension consumers pay other tariffs, which were not read."},
	},
	{
		Region:    "OWID_EU27",
		USDPerKWh: Param{Value: 0.2, Low: 0.1, High: 0.28, Unit: "USD/kWh", Year: 2024, Source: "eurostat-nrg-pc-205", Note: "Non-household electricity in 2024, excluding VAT: EU average about €0.186/kWh (Germany's €0.233 is about 25% above it) at about $1.08 per euro; range: Finland (€0.0939) to Ireland (€0.256) in the first half of 2024 (Eurostat)."},
	},
	{
		Region:    "OWID_WRL",
		USDPerKWh: Param{Value: 0.148, Low: 0.082, High: 0.205, Unit: "USD/kWh", Year: 2024, Source: "globalpetrolprices-2024", Note: "World average electricity price for businesses in March 2024 (GlobalPetrolPrices); range: the continental averages, from Asia's $0.082 to Australia's $0.205."},
	},
}
