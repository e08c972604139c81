package content

// Campuses are named AI campuses with public power figures, each with its
// date and whether it is built, partly built or only announced. Figures
// are what the operators or their utilities said, read via press reports;
// none is a measurement.
var Campuses = []CampusPreset{
	{
		ID: "xai-colossus", NameEN: "xAI Colossus, Memphis", NameZH: "xAI Colossus（孟菲斯）", Region: "USA", Status: CampusBuilt,
		FacilityMW:   Param{Value: 150, Low: 150, High: 300, Unit: "MW", Year: 2025, Source: "tomshardware-colossus-2025", Note: "150 MW from Memphis Light, Gas and Water and TVA once the site's substation came online in 2025 (TVA approved it in November 2024), backed by 150 MW of batteries; a second substation is to take the site to 300 MW."},
		BuiltMW:      Param{Value: 150, Unit: "MW", Year: 2025, Source: "tomshardware-colossus-2025", Note: "Phase 1 in full operation on grid power."},
		Accelerators: Param{Value: 100000, Low: 100000, High: 200000, Unit: "accelerators", Year: 2024, Source: "tomshardware-colossus-2025", Note: "100,000 H100s on one fabric in July 2024; about 200,000 H100 and H200 GPUs by 2025."},
		Hardware:     "h100-sxm",
	},
	{
		ID: "stargate-abilene", NameEN: "Stargate, Abilene (Texas)", NameZH: "“星际之门”阿比林园区（得克萨斯）", Region: "USA", Status: CampusPartlyBuilt,
		FacilityMW: Param{Value: 1200, Unit: "MW", Year: 2026, Source: "etcentric-meta-2025", Note: "About 1.2 GW across eight buildings when phase two is complete, slated for mid-2026 (OpenAI, Oracle, Crusoe)."},
		BuiltMW:    Param{Value: 200, Unit: "MW", Year: 2025, Source: "etcentric-meta-2025", Note: "Phase one, two buildings operating at 200 MW in 2025."},
	},
	{
		ID: "meta-prometheus", NameEN: "Meta Prometheus, New Albany (Ohio)", NameZH: "Meta“普罗米修斯”（俄亥俄州新奥尔巴尼）", Region: "USA", Status: CampusAnnounced,
		FacilityMW: Param{Value: 1000, Unit: "MW", Year: 2026, Source: "etcentric-meta-2025", Note: "A 1 GW cluster announced in July 2025 to come online in 2026, partly on on-site gas turbines."},
	},
	{
		ID: "meta-hyperion", NameEN: "Meta Hyperion, Richland Parish (Louisiana)", NameZH: "Meta“许珀里翁”（路易斯安那州里奇兰）", Region: "USA", Status: CampusAnnounced,
		FacilityMW: Param{Value: 2000, Low: 2000, High: 5000, Unit: "MW", Year: 2030, Source: "etcentric-meta-2025", Note: "2 GW by 2030, able to scale to 5 GW over several years (announced July 2025)."},
	},
	{
		ID: "zhongwei-cdi", NameEN: "China Data Group campus, Zhongwei (Ningxia)", NameZH: "中金数据中卫项目（宁夏）", Region: "CHN", Status: CampusAnnounced,
		// 2,050 MW IT × PUE 1.2 = 2,460 MW; × 1.1 = 2,255; × 1.3 = 2,665.
		FacilityMW: Param{Value: 2460, Low: 2255, High: 2665, Unit: "MW", Year: 2025, Source: "ningxia-daily-zhongwei-2025", Note: "Derived: an IT load of about 2,050 MW (820,000 standard racks) at a PUE of 1.2, the ceiling set for the East Data, West Computing hubs (range 1.1–1.3). Construction began in May 2025; the first building was topped out in July. One project of the Zhongwei cluster, a national hub of the East Data, West Computing programme."},
	},
}
