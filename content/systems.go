package content

// Systems are vendors' servers and racks with their maximum power ratings.
// An accelerator's HostPower is its system's rating less the accelerators'
// TDP, shared per accelerator; a test keeps the two tables in step.
var Systems = []System{
	{ID: "dgx-1-v100", Name: "NVIDIA DGX-1 (V100)", Accelerators: 8,
		Power: Param{Value: 3500, Unit: "W", Year: 2017, Source: "nvidia-dgx1-datasheet", Note: "Maximum system power of the DGX-1 with eight V100 SXM2."}},
	{ID: "dgx-a100", Name: "NVIDIA DGX A100", Accelerators: 8,
		Power: Param{Value: 6500, Unit: "W", Year: 2020, Source: "nvidia-dgx-a100-datasheet", Note: "Maximum system power usage, 6.5 kW, with eight A100 SXM4 at 400 W."}},
	{ID: "dgx-h100", Name: "NVIDIA DGX H100", Accelerators: 8,
		Power: Param{Value: 10200, Unit: "W", Year: 2022, Source: "nvidia-dgx-h100-datasheet", Note: "Maximum system power usage, about 10.2 kW, with eight H100 SXM at 700 W; DGX H200 has the same rating."}},
	{ID: "dgx-b200", Name: "NVIDIA DGX B200", Accelerators: 8,
		Power: Param{Value: 14300, Unit: "W", Year: 2024, Source: "nvidia-dgx-b200-datasheet", Note: "Maximum system power usage, about 14.3 kW, with eight B200 at 1,000 W."}},
	{ID: "gb200-nvl72", Name: "NVIDIA GB200 NVL72 (rack)", Accelerators: 72,
		Power: Param{Value: 120000, Low: 120000, High: 132000, Unit: "W", Year: 2024, Source: "gb200-nvl72-rack-power", Note: "About 120 kW per rack as widely reported from NVIDIA's launch; integrators quote up to 132 kW. Not read from an NVIDIA datasheet."}},
}

// SystemByID finds a system by its id.
func SystemByID(id string) (System, bool) {
	return find(Systems, id, func(s System) string { return s.ID })
}

// Facilities are classes of data centre by power usage effectiveness. A
// run the visitor builds (custom, or on other hardware than its preset's)
// takes DefaultFacility unless the link names a class or a PUE.
var Facilities = []Facility{
	{ID: "hyperscale", PUE: Param{Value: 1.1, Low: 1.08, High: 1.2, Unit: "", Year: 2023, Source: "google-env-2024",
		Note: "Hyperscale operators' fleet averages: Google's 1.10 trailing twelve months in 2023 (1.08 at its best sites); 1.2 for other large cloud fleets (judgement)."}},
	{ID: "large", PUE: Param{Value: 1.3, Low: 1.1, High: 1.56, Unit: "", Year: 2024, Source: "uptime-2024-survey",
		Note: "A large, recent facility: Uptime Institute reports that newer, larger sites reach 1.3 or better. Low: a hyperscale fleet; high: the industry average of the same survey. The default for a run the visitor builds."}},
	{ID: "industry", PUE: Param{Value: 1.56, Low: 1.3, High: 1.8, Unit: "", Year: 2024, Source: "uptime-2024-survey",
		Note: "Industry average of Uptime Institute's 2024 survey (1.56; 1.55–1.59 every year since 2020), typical of colocation and enterprise sites. Range: newer sites to older ones (judgement)."}},
	{ID: "china-average", PUE: Param{Value: 1.49, Low: 1.3, High: 1.6, Unit: "", Year: 2021, Source: "ndrc-2024-datacentre-plan",
		Note: "China's national average, 1.49 in 2021 as reported from official statistics (not read in the primary); the 2024 action plan aims below 1.5 by the end of 2025. Range: judgement."}},
	{ID: "china-hub", PUE: Param{Value: 1.25, Low: 1.15, High: 1.3, Unit: "", Year: 2025, Source: "ndrc-2021-datacentre-plan",
		Note: "The 2025 target for new large data centres in China's national computing hubs (东数西算): 1.25 or below; new large sites elsewhere 1.3 or below. A target, not a measurement."}},
}

// DefaultFacility is the class a run the visitor builds starts from.
const DefaultFacility = "large"

// FacilityByID finds a facility class by its URL id.
func FacilityByID(id string) (Facility, bool) {
	return find(Facilities, id, func(f Facility) string { return f.ID })
}

// CustomRun holds the defaults of a run the visitor builds from nothing
// (preset=custom): the tables fill in the rest.
var CustomRun = struct {
	Hardware       string
	Accelerators   Param
	WallClockHours Param
	Parameters     Param
	Tokens         Param
}{
	Hardware: "h100-sxm",
	Accelerators: Param{Value: 1024, Unit: "accelerators", Year: 2025, Source: "watt-ledger-conventions",
		Note: "A starting point for a run of one's own: 1,024 accelerators, 128 eight-GPU servers."},
	WallClockHours: Param{Value: 720, Unit: "h", Year: 2025, Source: "watt-ledger-conventions",
		Note: "A starting point for a run of one's own: 30 days."},
	Parameters: Param{Value: 70e9, Unit: "parameters", Year: 2025, Source: "watt-ledger-conventions",
		Note: "A starting point for the compute method: a dense 70B model."},
	Tokens: Param{Value: 15e12, Unit: "tokens", Year: 2025, Source: "watt-ledger-conventions",
		Note: "A starting point for the compute method: 15 trillion tokens, as recent open models train on."},
}

// NodeMeasurements are measured draws of one 8-GPU H100 node while
// training: the band the power stack's defaults are calibrated against.
var NodeMeasurements = struct {
	// Average is the node's average draw under computationally intensive
	// training.
	Average Param
	// Maximum is the highest draw observed.
	Maximum Param
}{
	Average: Param{Value: 7752, Unit: "W", Year: 2025, Source: "newkirk-2025",
		Note: "76% of the DGX/HGX H100's 10.2 kW rating, the level even computationally intensive training reached in Brookhaven's measurements."},
	Maximum: Param{Value: 8400, Unit: "W", Year: 2024, Source: "latif-2024",
		Note: "The maximum instantaneous draw observed on an 8-GPU H100 HGX node training ResNet and Llama 2 13B, with the GPUs near full load: 18% below the rating."},
}
