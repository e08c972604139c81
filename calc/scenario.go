package calc

// Method is one of the three ways to estimate energy. The strings appear in
// URLs (method=hardware) and must not change.
type Method string

// The estimation methods.
const (
	MethodHardware  Method = "hardware"
	MethodCompute   Method = "compute"
	MethodInference Method = "inference"
)

// ParseMethod returns the method named s.
func ParseMethod(s string) (Method, error) {
	switch m := Method(s); m {
	case MethodHardware, MethodCompute, MethodInference:
		return m, nil
	}
	return "", &InputError{Field: FieldMethod, Reason: ReasonUnknown}
}

// Scenario is everything the calculator knows: which method, that method's
// inputs, and the grid the electricity comes from. Only the chosen method's
// inputs are read.
type Scenario struct {
	Method   Method
	Hardware HardwareRun
	Compute  ComputeRun
	Serving  Serving
	// Grid is the carbon intensity of the electricity used.
	Grid Range[Intensity]
}

// Result is a scenario's energy, power and emissions.
type Result struct {
	Method Method
	// Energy is the facility energy (PUE included).
	Energy Range[Energy]
	// Power is the continuous facility power while the work runs; zero
	// where the accelerator count is unknown.
	Power Range[Power]
	// Duration is the training's wall clock or the serving period; zero
	// where unknown.
	Duration Range[Duration]
	// AcceleratorHours is zero for inference.
	AcceleratorHours Range[float64]
	Emissions        Range[Mass]
	// Stack splits Power into accelerators, servers, network and cooling;
	// nil for inference and where the accelerator count is unknown.
	Stack []StackPart
}

// Run computes a scenario.
func Run(s Scenario) (Result, error) {
	r := Result{Method: s.Method}
	switch s.Method {
	case MethodHardware, MethodCompute:
		var t Training
		var err error
		if s.Method == MethodHardware {
			t, err = s.Hardware.Estimate()
		} else {
			t, err = s.Compute.Estimate()
		}
		if err != nil {
			return Result{}, err
		}
		r.Energy, r.Power, r.Duration, r.AcceleratorHours = t.Energy, t.FacilityPower, t.WallClock, t.AcceleratorHours
		r.Stack = t.Stack
	case MethodInference:
		inf, err := s.Serving.Estimate()
		if err != nil {
			return Result{}, err
		}
		r.Energy, r.Power, r.Duration = inf.Energy, inf.FacilityPower, Exact(inf.Duration)
	default:
		return Result{}, &InputError{Field: FieldMethod, Reason: ReasonUnknown}
	}
	co2, err := Emissions(r.Energy, s.Grid)
	if err != nil {
		return Result{}, err
	}
	r.Emissions = co2
	return r, nil
}

// References are the figures a result is compared with.
type References struct {
	// Household is one household's (or person's) annual residential
	// electricity in the chosen region.
	Household Range[Energy]
	// Region is the chosen region's row of the countries table.
	Region Country
	// Countries are every row of the countries table, compared in order.
	Countries []Country
	// Sources are the power sources, compared in order.
	Sources []Source
}

// Comparisons put a result beside households, countries and power plants.
type Comparisons struct {
	HouseholdYears Range[float64]
	Region         CountryComparison
	Countries      []CountryComparison
	Sources        []SourceComparison
}

// Compare puts result r beside the references.
func Compare(r Result, refs References) (Comparisons, error) {
	var c Comparisons
	var err error
	if c.HouseholdYears, err = HouseholdYears(r.Energy, refs.Household); err != nil {
		return Comparisons{}, err
	}
	if c.Region, err = CompareCountry(r.Energy, refs.Region); err != nil {
		return Comparisons{}, err
	}
	c.Countries = make([]CountryComparison, len(refs.Countries))
	for i, country := range refs.Countries {
		if c.Countries[i], err = CompareCountry(r.Energy, country); err != nil {
			return Comparisons{}, err
		}
	}
	c.Sources = make([]SourceComparison, len(refs.Sources))
	for i, s := range refs.Sources {
		if c.Sources[i], err = CompareSource(r.Energy, r.Power, r.Duration.Central, s); err != nil {
			return Comparisons{}, err
		}
	}
	return c, nil
}
