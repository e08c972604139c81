package calc

import (
	"encoding/json"
	"os"
	"testing"
)

// publicCase is one entry of testdata/public-cases.json, a copy of the
// validation cases the project was given: published figures the model must
// reproduce.
type publicCase struct {
	ID        string         `json:"id"`
	Inputs    map[string]any `json:"inputs"`
	Published map[string]any `json:"published"`
}

func loadPublicCases(t *testing.T) map[string]publicCase {
	t.Helper()
	data, err := os.ReadFile("testdata/public-cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []publicCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	byID := map[string]publicCase{}
	for _, c := range cases {
		byID[c.ID] = c
	}
	return byID
}

func num(t *testing.T, m map[string]any, key string) float64 {
	t.Helper()
	v, ok := m[key].(float64)
	if !ok {
		t.Fatalf("case has no number %q", key)
	}
	return v
}

// TestPublishedTrainingRuns reproduces each published training run with the
// method its source used: accelerator-hours × measured (or TDP) power ×
// PUE, and emissions with the source's grid factor, within 2%.
func TestPublishedTrainingRuns(t *testing.T) {
	cases := loadPublicCases(t)
	tests := []struct {
		id string
		// energyKey and co2Key name the published figures; energyScale turns
		// them into kWh.
		energyKey   string
		energyScale float64
		co2Key      string
		gridKey     string
		// pue and grid fill in what the case's source states only in a note
		// (Llama 2: the constants of the LLaMA paper); zero means "read it".
		pue, gridKg float64
	}{
		{id: "patterson2021-gpt3", energyKey: "energy_mwh", energyScale: 1000, co2Key: "tco2e_gross", gridKey: "grid_kgco2e_per_kwh_gross"},
		{id: "patterson2021-t5-11b", energyKey: "energy_mwh", energyScale: 1000, co2Key: "tco2e_gross", gridKey: "grid_kgco2e_per_kwh_gross"},
		{id: "patterson2021-meena", energyKey: "energy_mwh", energyScale: 1000, co2Key: "tco2e_gross", gridKey: "grid_kgco2e_per_kwh_gross"},
		{id: "bloom-176b", energyKey: "energy_kwh_dynamic", energyScale: 1, co2Key: "tco2e_dynamic", gridKey: "grid_kgco2e_per_kwh", pue: 1},
		{id: "llama2-70b", co2Key: "tco2e", pue: 1.1, gridKg: 0.385},
	}
	for _, tt := range tests {
		t.Run(tt.id+" reproduces its published figures", func(t *testing.T) {
			c, ok := cases[tt.id]
			if !ok {
				t.Fatalf("no case %q in testdata", tt.id)
			}
			power, ok := c.Inputs["avg_power_per_chip_w"].(float64)
			if !ok {
				power = num(t, c.Inputs, "power_per_chip_w")
			}
			pue := tt.pue
			if pue == 0 {
				pue = num(t, c.Inputs, "pue")
			}
			run := HardwareRun{Cluster: Cluster{Power: Exact(Power(power) * Watt), PUE: Exact(pue)}}
			if days, ok := c.Inputs["training_days"].(float64); ok {
				run.Accelerators = num(t, c.Inputs, "accelerator_count")
				run.WallClock = Duration(days) * Day
			} else {
				run.AcceleratorHours = num(t, c.Inputs, "accelerator_hours")
			}
			got, err := run.Estimate()
			if err != nil {
				t.Fatal(err)
			}
			if tt.energyKey != "" {
				assertWithin(t, "energy (kWh)", got.Energy.Central.KilowattHours(), num(t, c.Published, tt.energyKey)*tt.energyScale, 0.02)
			}
			grid := tt.gridKg
			if grid == 0 {
				grid = num(t, c.Inputs, tt.gridKey)
			}
			co2, err := Emissions(got.Energy, Exact(GramsPerKWh(grid*1000)))
			if err != nil {
				t.Fatal(err)
			}
			assertWithin(t, "emissions (t)", co2.Central.Tonnes(), num(t, c.Published, tt.co2Key), 0.02)
		})
	}
}

// TestGPT3FromCompute checks the compute method against the same run:
// 3.14e23 FLOP at the measured 24.6 TFLOP/s per V100 gives 14.8 days on
// 10,000 GPUs and the same 1,287 MWh.
func TestGPT3FromCompute(t *testing.T) {
	c := loadPublicCases(t)["patterson2021-gpt3"]
	run := ComputeRun{
		FLOPs:        FLOP(num(t, c.Inputs, "training_flops")),
		PeakRate:     FLOPRate(num(t, c.Inputs, "measured_tflops_per_chip") * 1e12),
		Utilisation:  Exact(1.0),
		Accelerators: num(t, c.Inputs, "accelerator_count"),
		Cluster:      Cluster{Power: Exact(330 * Watt), PUE: Exact(1.1)},
	}
	got, err := run.Estimate()
	if err != nil {
		t.Fatal(err)
	}
	assertWithin(t, "energy (MWh)", got.Energy.Central.KilowattHours()/1000, num(t, c.Published, "energy_mwh"), 0.02)
	assertWithin(t, "wall clock (days)", got.WallClock.Central.Days(), num(t, c.Inputs, "training_days"), 0.01)
	assertWithin(t, "continuous power (MW)", got.FacilityPower.Central.Megawatts(), 10000*330*1.1/1e6, 1e-9)
}

// TestEpochQueryFromTokens reproduces Epoch AI's 0.3 Wh estimate of a
// GPT-4o query: 2 × 100e9 parameters × 500 tokens at 10% of an H100's
// 989 TFLOP/s, drawing 1,275 W × 0.7 per GPU at PUE 1.2.
func TestEpochQueryFromTokens(t *testing.T) {
	c := loadPublicCases(t)["epoch-chatgpt-gpt4o-query-2025"]
	in := c.Inputs
	q := TokenQuery{
		ActiveParameters: num(t, in, "active_params"),
		Tokens:           num(t, in, "output_tokens"),
		PeakRate:         FLOPRate(num(t, in, "gpu_peak_flops")),
		Utilisation:      Exact(num(t, in, "flop_utilization")),
		Cluster: Cluster{
			Power: Exact(Power(num(t, in, "dc_power_per_gpu_w") * num(t, in, "power_adjustment_partial_utilization"))),
			PUE:   Exact(num(t, in, "pue")),
		},
	}
	got, err := q.PerQuery()
	if err != nil {
		t.Fatal(err)
	}
	assertWithin(t, "Wh per query", got.Central.WattHours(), num(t, c.Published, "energy_wh_sheet_baseline"), 0.02)
}

// TestThreeGorgesCapacityFactor checks the arithmetic behind the hydro
// reference unit: 111.8 TWh from 22.5 GW over 2020's 8,784 hours is a
// capacity factor of 56.6%.
func TestThreeGorgesCapacityFactor(t *testing.T) {
	c := loadPublicCases(t)["three-gorges"]
	capacity := Power(num(t, c.Inputs, "installed_capacity_gw")) * Gigawatt
	output := Energy(num(t, c.Published, "generation_2020_twh")) * TerawattHour
	cf := float64(output.Per(8784*Hour) / capacity)
	assertWithin(t, "capacity factor", cf, 0.566, 0.005)
}

// TestUSHouseholdYears checks the household comparison against the EIA's
// average US household (10,715 kWh in 2020): GPT-3's 1,287 MWh is 120
// household-years.
func TestUSHouseholdYears(t *testing.T) {
	c := loadPublicCases(t)["us-eia-household-2020"]
	perYear := Energy(num(t, c.Published, "kwh_per_household_year")) * KilowattHour
	got, err := HouseholdYears(Exact(1287*MegawattHour), Exact(perYear))
	if err != nil {
		t.Fatal(err)
	}
	assertWithin(t, "household-years", got.Central, 120.1, 0.001)
}
