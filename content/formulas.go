package content

// Formula is one equation of the model as the methodology page shows it.
// Expressions are symbols only, the same in both languages (a test keeps
// words out of them); the catalogue keys method.formula.ID.title and .body
// explain them.
type Formula struct {
	ID   string
	Expr string
}

// Formulas are the model's equations, in the order the page lists them.
// Each mirrors a function in package calc, named in the comment.
var Formulas = []Formula{
	// calc.HardwareRun.Estimate
	{ID: "hardware", Expr: "E = N × t × (P + P_host) × (1 + f_net) × PUE;   E = H × (P + P_host) × (1 + f_net) × PUE"},
	// calc.Cluster.Stack
	{ID: "stack", Expr: "P = TDP × u;   P_host = (P_system − k × TDP) ÷ k × u;   P_net = (P + P_host) × f_net;   P_cooling = (P + P_host + P_net) × (PUE − 1)"},
	// calc.ComputeRun.Estimate, calc.TrainingFLOPs
	{ID: "compute", Expr: "C = 6 × N_params × D_tokens;   H = C ÷ (R_peak × MFU) ÷ 3600;   E = H × (P + P_host) × (1 + f_net) × PUE"},
	// calc.Serving.Estimate
	{ID: "inference-query", Expr: "E = e_query × q_day × d"},
	// calc.TokenQuery.PerQuery
	{ID: "inference-tokens", Expr: "e_query = 2 × N_active × n_tokens ÷ (R_peak × U) × (P + P_host) × PUE"},
	// calc.BreakEvenPoint
	{ID: "breakeven", Expr: "Q* = E_training ÷ e_query;   T* = Q* ÷ q_day"},
	// calc.Range, span.times and span.over
	{ID: "ranges", Expr: "(a × b)_low = a_low × b_low;   (a ÷ b)_low = a_low ÷ b_high"},
	// calc.Sensitivity
	{ID: "sensitivity", Expr: "ΔE(x) = |E(x_high) − E(x_low)|"},
	// calc.Emissions
	{ID: "co2", Expr: "M = E × I_grid;   M_source = E × I_source"},
	// calc.HouseholdYears
	{ID: "households", Expr: "n = E ÷ E_household"},
	// calc.CompareCountry
	{ID: "countries", Expr: "s = E ÷ E_country × 100%;   n = E ÷ e_capita;   t = E ÷ E_country × 8766 h"},
	// calc.CompareSource UnitRunTime
	{ID: "sources-runtime", Expr: "t_unit = E ÷ (P_unit × CF)"},
	// calc.CompareSource CapacityNeeded
	{ID: "sources-capacity", Expr: "P_needed = E ÷ (t_run × CF)"},
	// calc.CompareSource Land
	{ID: "sources-land", Expr: "A = P_needed × a_MW"},
	// calc.CompareSource UnitsForPower
	{ID: "sources-power", Expr: "s_unit = P_cluster ÷ (P_unit × CF),   P_cluster = N × (P + P_host) × PUE"},
}

// DataVersion identifies the data tables' state. Share links carry it
// (dv=…) so a page can say when a link was made with other data.
const DataVersion = "2026.12.1"

// DataChange is one entry of the data changelog; the catalogue key
// changelog.VERSION describes it in both languages.
type DataChange struct {
	Version string
	Date    string
}

// DataChangelog lists data versions, newest first.
var DataChangelog = []DataChange{
	{Version: "2026.12.1", Date: "2026-12-05"},
	{Version: "2026.11.1", Date: "2026-11-28"},
}
