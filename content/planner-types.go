package content

// The planner's tables ("Powering AI"): what a campus draws, and the power
// systems, sunshine and prices it is set against. Each value is a Param
// with its source, as in the calculator's tables; the rows live in
// grid-capacity.go, solar-resource.go, electricity-prices.go, campuses.go
// and planner-assumptions.go, their publications in planner-sources.go.

// GridCapacity is the size of one region's power system.
type GridCapacity struct {
	Region string // countries.csv iso_code
	// CapacityGW is installed generating capacity at the end of its year;
	// the zero Param where no total was found.
	CapacityGW Param
	// AdditionsGW is the capacity added during the latest year.
	AdditionsGW Param
}

// SolarResource is how much a PV plant yields in a region.
type SolarResource struct {
	Region string // countries.csv iso_code
	// CapacityFactor is the annual PV output ÷ nameplate.
	CapacityFactor Param
	// LatitudeDeg is the latitude of a representative PV site, which sets
	// the design day's length.
	LatitudeDeg Param
}

// ElectricityPrice is what industry pays for electricity in a region.
type ElectricityPrice struct {
	Region    string // countries.csv iso_code
	USDPerKWh Param
}

// CampusStatus says how much of a named campus exists.
type CampusStatus string

// The statuses of a campus. The strings are stable: the page maps each to
// a label.
const (
	CampusBuilt       CampusStatus = "built"
	CampusPartlyBuilt CampusStatus = "partly-built"
	CampusAnnounced   CampusStatus = "announced"
)

// CampusPreset is a named AI campus with public figures.
type CampusPreset struct {
	ID     string // stable id used in URLs (campus=xai-colossus); never rename
	NameEN string
	NameZH string
	Region string // countries.csv iso_code
	Status CampusStatus
	// FacilityMW is the facility power the campus is planned or built for.
	FacilityMW Param
	// BuiltMW is the part in operation at the figure's date; the zero
	// Param where nothing is built or nothing was published.
	BuiltMW Param
	// Accelerators is the published accelerator count, where one exists.
	Accelerators Param
	// Hardware is the Accelerator id of those accelerators, if known.
	Hardware string
}
