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
	// MeasuredIncludesHost is true where MeasuredPower is a system average
	// per accelerator (host share included, as Patterson et al. measured),
	// false where it is the accelerator alone.
	MeasuredIncludesHost bool
	// PeakFLOPsFP8 is the dense FP8 tensor peak in FLOP/s; the zero Param
	// where the accelerator has no FP8 tensor format.
	PeakFLOPsFP8 Param
	// RatingBasis says what TDP is: the vendor's thermal design power, or
	// (TPU v4 and the estimates scaled from it) a maximum chip power.
	RatingBasis RatingBasis
	// System is the id of the vendor system (Systems) HostPower is derived
	// from; empty where HostPower is a judgement.
	System string
	// HostPower is the rest of the server per accelerator at the system's
	// rating, in W: (system rating − accelerators × TDP) ÷ accelerators.
	// Utilisation scales it like the accelerator's own rating.
	HostPower Param
}

// RatingBasis names what an accelerator's power rating is.
type RatingBasis string

const (
	// RatingTDP is a vendor's thermal design (or board) power.
	RatingTDP RatingBasis = "tdp"
	// RatingMaxChip is a maximum chip power reported by the designer, not
	// a TDP; TPU v4 and the TPU v5/v6 estimates scaled from it.
	RatingMaxChip RatingBasis = "max-chip"
)

// Precision is the arithmetic format a run trained in, which decides the
// peak FLOP/s of the compute method.
type Precision string

const (
	PrecisionFP16 Precision = "fp16"
	PrecisionBF16 Precision = "bf16"
	PrecisionFP8  Precision = "fp8"
)

// PeakAt returns the accelerator's dense peak at precision p and the
// precision it actually stands for: an accelerator without FP8 tensor
// cores runs an FP8 request at its 16-bit peak.
func (a Accelerator) PeakAt(p Precision) (Param, Precision) {
	if p == PrecisionFP8 {
		if a.PeakFLOPsFP8.Known() {
			return a.PeakFLOPsFP8, PrecisionFP8
		}
		return a.PeakFLOPs, PrecisionBF16
	}
	return a.PeakFLOPs, p
}

// System is a vendor's server or rack with its maximum power rating; the
// rest of the server per accelerator (Accelerator.HostPower) follows from it.
type System struct {
	ID           string
	Name         string
	Accelerators int
	// Power is the system's maximum power rating in W.
	Power Param
}

// Facility is a class of data centre with its power usage effectiveness.
type Facility struct {
	ID  string // stable id used in URLs (facility=hyperscale)
	PUE Param
}

// BasisOmission names what a preset's published basis leaves out of the
// facility's electricity; the catalogue key preset.omits.ID says it.
type BasisOmission string

const (
	// OmitsNetwork: a measured system average with PUE; the cluster's
	// network and storage are not counted.
	OmitsNetwork BasisOmission = "network"
	// OmitsHostNetwork: a measured accelerator-only average with PUE; the
	// rest of the servers and the network are not counted.
	OmitsHostNetwork BasisOmission = "host-network"
	// OmitsHostNetworkTDP: the accelerators' TDP taken as their draw, with
	// PUE; no rest of the server, no network, and no measured utilisation.
	OmitsHostNetworkTDP BasisOmission = "host-network-tdp"
	// OmitsDynamicOnly: BLOOM's dynamic GPU energy: no idle power, no rest
	// of the server, no network and no PUE.
	OmitsDynamicOnly BasisOmission = "dynamic-only"
)

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
	// Precision is the format the run trained in; the compute method uses
	// the accelerator's peak at it.
	Precision Precision
	// Omits says what the published basis leaves out.
	Omits BasisOmission
	// FacilityPUE is the data centre's PUE for the full-system estimate
	// where the published basis applied none (BLOOM); the zero Param
	// elsewhere, where PUE stands.
	FacilityPUE Param
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
