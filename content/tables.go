package content

// Accelerator is one AI accelerator model (per chip; for a GB200 superchip,
// per GPU).
type Accelerator struct {
	ID     string // stable id used in URLs (hw=h100-sxm)
	Name   string // display name, same in both languages ("NVIDIA H100 SXM")
	Vendor string
	Year   int // year of first availability
	// TDP is the thermal design power (board or chip, as the vendor states) in W.
	TDP Param
	// PeakFLOPs is the dense (no sparsity) BF16/FP16 tensor peak in FLOP/s.
	PeakFLOPs Param
	// MeasuredPower is a published average power per accelerator during
	// training, in W; the zero Param where none is published.
	MeasuredPower Param
}

// PowerBasis says how a preset's per-accelerator power was obtained, which
// decides how its published energy is reproduced.
type PowerBasis string

const (
	// PowerMeasured is a measured average per accelerator (Patterson et al. 2021 style,
	// including the host share).
	PowerMeasured PowerBasis = "measured"
	// PowerTDP is the accelerator's TDP taken as its average draw.
	PowerTDP PowerBasis = "tdp"
	// PowerEstimate is a judgement documented in the preset's note.
	PowerEstimate PowerBasis = "estimate"
)

// Method names one of the calculator's three ways to estimate energy. The
// strings appear in URLs (method=hardware) and must not change.
type Method string

const (
	MethodHardware  Method = "hardware"
	MethodCompute   Method = "compute"
	MethodInference Method = "inference"
)

// Preset is a real, published training run (or a documented estimate of
// one). Its inputs are what its source states; Published holds the figures
// the source reports, which tests reproduce within 2%.
type Preset struct {
	ID   string // stable id used in URLs (preset=gpt-3); never rename
	Name string // display name ("GPT-3 (175B)")
	Org  string
	Year int // year training finished, for the growth chart
	// Method is the calculator method the source used (hardware or compute).
	Method Method
	// Hardware is the Accelerator id.
	Hardware string
	// Accelerators, WallClockHours and AcceleratorHours: give either count and
	// hours, or accelerator-hours (then Accelerators, if known, still sets the
	// cluster's continuous power).
	Accelerators     Param
	WallClockHours   Param
	AcceleratorHours Param
	// PowerPerAccelerator is the average W per accelerator used for the energy.
	PowerPerAccelerator Param
	PowerBasis          PowerBasis
	// PUE is the facility overhead the source applied; the zero Param means
	// the source applied none (BLOOM's dynamic energy), and the model then uses 1.
	PUE Param
	// Compute inputs, where published: total FLOPs, or parameters (active,
	// for mixture-of-experts) and training tokens; MFU is model FLOPs utilisation.
	FLOPs      Param
	Parameters Param
	Tokens     Param
	MFU        Param
	// GridIntensity is the gCO2e/kWh the source used for its emissions.
	GridIntensity Param
	// Published figures to reproduce: facility energy in kWh and tCO2e.
	PublishedEnergyKWh Param
	PublishedCO2Tonnes Param
	// Estimate is true where nothing was published and the inputs are a
	// documented estimate (GPT-4, DeepSeek-V3's energy).
	Estimate bool
	// Region is the countries.csv iso_code where the run took place, if known.
	Region string
	// Note explains, in English, how the inputs map to the source.
	Note string
}

// HouseholdUnit says whether a region's figure is per household or per person.
type HouseholdUnit string

const (
	PerHousehold HouseholdUnit = "household"
	PerPerson    HouseholdUnit = "person"
)

// Household is the residential electricity of one home (or one person,
// where no household figure is published) in a region, per year.
type Household struct {
	Region string // countries.csv iso_code (USA, CHN, OWID_EU27, OWID_WRL …)
	Unit   HouseholdUnit
	// KWhPerYear is the annual residential electricity per Unit.
	KWhPerYear Param
	// Derivation says, in English, how the figure was derived.
	Derivation string
}

// PowerSource is one way of generating electricity, with its reference unit
// (a 1 GW reactor, the Three Gorges dam, one wind turbine …).
type PowerSource struct {
	ID string // nuclear, coal, gas, hydro, wind, solar: stable, in the DOM contract
	// UnitCapacityMW is the reference unit's nameplate capacity in MW.
	UnitCapacityMW Param
	// CapacityFactor is the average output as a fraction of nameplate.
	CapacityFactor Param
	// LifecycleGCO2PerKWh is the IPCC AR5 lifecycle median with its min–max.
	LifecycleGCO2PerKWh Param
	// LandM2PerMW is total land per MW of capacity; the zero Param where not used.
	LandM2PerMW Param
}

// Reference is a named energy or power figure used in comparisons and the
// explainer (a large data centre's annual use, all data centres' use).
type Reference struct {
	ID    string
	Param Param
}
