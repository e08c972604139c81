package content

// PlannerAssumptions are the planner's defaults and technology figures.
// Each range becomes the results' range.
var PlannerAssumptions = plannerAssumptions{
	// 325 TWh ÷ (74 GW × 8,760 h) = 0.50; 580 ÷ (132 × 8.76) = 0.50.
	LoadFactor: Param{Value: 0.7, Low: 0.5, High: 0.9, Unit: "fraction", Year: 2025, Source: "norris-2025-utilization",
		Note: "Judgement between the evidence and planners' conventions: the limited data suggest many data centres use about 50% of their capacity (Norris 2025), and LBNL's 2028 projections imply the same (325–580 TWh from 74–132 GW); utilities and analysts commonly assume 90%. An AI training campus runs harder than the average data centre."},
	BatteryRoundTrip: Param{Value: 0.82, Low: 0.78, High: 0.88, Unit: "fraction", Year: 2019, Source: "eia-storage-efficiency-2021",
		Note: "US utility-scale battery fleet, average monthly round-trip efficiency in 2019; range: judgement for older systems and new lithium-iron-phosphate plants."},
	SolarMargin: Param{Value: 0.2, Low: 0.1, High: 0.5, Unit: "fraction", Year: 2025, Source: "watt-ledger-conventions",
		Note: "A convention: PV is built 20% larger than the winter design day needs, so that a day with five-sixths of that day's sun still balances. Runs of overcast days need more, or another source."},
	// 1 acre = 4,046.856 m²: 1 ÷ 0.18 MWac per acre = 5.56 acres = 22,480 m²;
	// 1 ÷ 0.28 = 3.57 acres = 14,450 m².
	SolarLandM2PerMW: Param{Value: 22480, Low: 14450, High: 22480, Unit: "m²/MW", Year: 2019, Source: "lbnl-bolinger-2022",
		Note: "Median power density of US plants built in 2019: 0.18 MWac per acre for single-axis tracking (5.6 acres per MWac), the majority of new plants; low: 0.28 MWac per acre for fixed tilt (3.6 acres per MWac)."},
	WindLullHours: Param{Value: 24, Low: 12, High: 48, Unit: "h", Year: 2025, Source: "watt-ledger-conventions",
		Note: "A convention: the battery beside a wind farm carries the full load for a day without wind; real lulls can last several days."},
	CNYPerUSD: Param{Value: 7.2, Low: 7.09, High: 7.28, Unit: "CNY/USD", Year: 2024, Source: "fed-g5-2024",
		Note: "About the 2024 average of the Federal Reserve's monthly rates; range: the lowest and highest monthly averages read (October 7.0881, December 7.2807)."},
}

// plannerAssumptions is PlannerAssumptions' type.
type plannerAssumptions struct {
	// LoadFactor is a campus's average draw ÷ its facility power.
	LoadFactor Param
	// BatteryRoundTrip is energy out ÷ energy in of a utility battery.
	BatteryRoundTrip Param
	// SolarMargin is the PV overbuild for poor days, as a fraction.
	SolarMargin Param
	// SolarLandM2PerMW is the land of a utility-scale PV plant per MW (AC).
	SolarLandM2PerMW Param
	// WindLullHours is how long a wind farm's battery must carry the load
	// through a lull.
	WindLullHours Param
	// CNYPerUSD is the exchange rate for the Chinese page's yuan.
	CNYPerUSD Param
}
