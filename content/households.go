package content

// Households gives the residential electricity of one home (or one person,
// where no official per-household figure was found) per year, by
// countries.csv region code. Per-person figures divide an official
// residential total by the World Bank population in countries.csv.
var Households = []Household{
	{
		Region: "USA", Unit: PerHousehold,
		KWhPerYear: Param{Value: 10791, Low: 10715, High: 10791, Unit: "kWh/yr", Year: 2022, Source: "eia-household-2022", Note: "Average per residential utility customer in 2022 (about 899 kWh a month), EIA's latest annual figure; low: 10,715 kWh in 2020."},
		Derivation: "EIA's published average annual electricity sales per US residential utility customer in 2022.",
	},
	{
		Region: "CHN", Unit: PerPerson,
		// 14,942亿kWh = 1,494.2 TWh; 1,494.2e9 kWh ÷ 1,408,975,000 = 1,060.5.
		KWhPerYear: Param{Value: 1060, Unit: "kWh/yr", Year: 2024, Source: "nea-2024-electricity", Note: "城乡居民生活用电量 14,942亿kWh in 2024 (+10.6%, 15.2% of 全社会用电量) ÷ 1,409 million people (World Bank, countries.csv)."},
		Derivation: "NEA's 2024 urban and rural residential electricity use (1,494 TWh) divided by China's 2024 population.",
	},
	{
		Region: "OWID_EU27", Unit: PerPerson,
		KWhPerYear: Param{Value: 1540, Unit: "kWh/yr", Year: 2023, Source: "eurostat-nrg-d-hhq", Note: "Households used 9.6 million TJ in 2023, 25.9% of it electricity: about 691 TWh ÷ about 449 million people (2023)."},
		Derivation: "Eurostat's 2023 household electricity use in the EU-27 (about 691 TWh) divided by the EU population.",
	},
	{
		Region: "GBR", Unit: PerHousehold,
		KWhPerYear: Param{Value: 2700, Low: 1800, High: 4100, Unit: "kWh/yr", Year: 2023, Source: "ofgem-tdcv-2023", Note: "Typical domestic consumption values for a single-rate (profile class 1) meter: low 1,800, medium 2,700, high 4,100 kWh. Widely cited values of the 2023 review; Ofgem's decision document was not re-read, and a further update applies from July 2026."},
		Derivation: "Ofgem's typical domestic consumption value for a medium-use household on a standard meter, with its low and high values as the range.",
	},
	{
		Region: "JPN", Unit: PerHousehold,
		// FY2022: 14.22 GJ ÷ 3.6 MJ/kWh = 3,950 kWh; FY2017: 15.56 GJ = 4,322 kWh.
		KWhPerYear: Param{Value: 3950, Low: 3950, High: 4322, Unit: "kWh/yr", Year: 2022, Source: "env-japan-household-co2", Note: "Electricity per household FY2022: 14.22 GJ at 3.6 MJ/kWh. Range: FY2017–FY2022 (4,322 kWh in FY2017; 4,175 kWh in FY2021 as published in kWh)."},
		Derivation: "The Ministry of the Environment's household survey figure for electricity per household in FY2022 (14.22 GJ), converted at 3.6 MJ per kWh.",
	},
	{
		Region: "IND", Unit: PerPerson,
		// 406,136 GWh ÷ 1,450,935,791 = 279.9 kWh; FY2023-24: 369,853 GWh → 254.9 kWh.
		KWhPerYear: Param{Value: 280, Low: 255, High: 280, Unit: "kWh/yr", Year: 2024, Source: "india-mop-consumption-2025", Note: "Domestic consumption 406,136 GWh in FY2024-25 ÷ 1,451 million people (World Bank 2024); FY2023-24's 369,853 GWh (23.96% of consumption, CEA) gives 255 kWh. Read via a news report of the ministry's figures."},
		Derivation: "India's domestic-category electricity consumption in FY2024-25 divided by India's 2024 population.",
	},
	{
		Region: "DEU", Unit: PerHousehold,
		// 129e9 kWh ÷ 40.5 million households = 3,185 kWh; ÷ 41.5 million = 3,108.
		KWhPerYear: Param{Value: 3190, Low: 3110, High: 3190, Unit: "kWh/yr", Year: 2020, Source: "destatis-household-electricity", Note: "Private households used 129 TWh in 2020 (Destatis, as quoted by Handelsblatt) ÷ about 40.5 million main-residence households (Mikrozensus from 2020; count not re-read in Destatis' tables). Low: the 41.5 million of the older count, which included second homes. By size (2019): 1,958 kWh for one person, 3,196 for two, 4,919 for three or more."},
		Derivation: "Destatis' total electricity use of private households in 2020 divided by the number of households.",
	},
	{
		Region: "FRA", Unit: PerHousehold,
		// 156e9 kWh ÷ 30,907,289 households = 5,047 kWh; 2022's 163 TWh → 5,274.
		KWhPerYear: Param{Value: 5050, Low: 4800, High: 5300, Unit: "kWh/yr", Year: 2023, Source: "sdes-bilan-2023", Note: "Residential electricity 156 TWh in 2023 at constant climate (SDES energy balance) ÷ 30.9 million households (INSEE census RP2022, ménages). The 4,255 kWh used before divided by about 38 million dwellings, not households. Range: the 2022 balance (163 TWh) and the uncorrected climate (judgement)."},
		Derivation: "France's residential electricity use (SDES energy balance, 2023) divided by INSEE's count of households.",
	},
	{
		Region: "OWID_WRL", Unit: PerPerson,
		// 24,398 TWh × 0.27 ≈ 6,590 TWh ÷ 7.95 billion ≈ 830 kWh; share 25–29% → 767–890.
		KWhPerYear: Param{Value: 830, Low: 770, High: 890, Unit: "kWh/yr", Year: 2022, Source: "iea-electricity-information", Note: "Derived: IEA world final electricity consumption 24,398 TWh (2022) × an assumed residential share of 27% (judgement, range 25–29%; not read from the IEA tables) ÷ 7.95 billion people (World Bank, 2022)."},
		Derivation: "World final electricity consumption (IEA, 2022) times an estimated 27% residential share, divided by world population.",
	},
}
