package calc_test

import (
	"testing"

	"wattledger/calc"
)

// Micro-benchmarks of the model's building blocks. The whole estimate with
// every comparison is BenchmarkFullEstimate in wattledger/app/estimate.

var (
	benchCluster = calc.Cluster{
		Power: calc.PowerFromTDP(700*calc.Watt, calc.Spread(0.6, 0.75, 0.9)),
		PUE:   calc.Spread(1.1, 1.2, 1.4),
	}
	benchEnergy = calc.Spread(1.0e6*calc.KilowattHour, 1.3e6*calc.KilowattHour, 1.6e6*calc.KilowattHour)
	benchSource = calc.Source{
		UnitCapacity:   1000 * calc.Megawatt,
		CapacityFactor: calc.Spread(0.8, 0.9, 0.93),
		Lifecycle:      calc.Spread(calc.GramsPerKWh(5), calc.GramsPerKWh(12), calc.GramsPerKWh(20)),
	}
	benchCountry = calc.Country{AnnualDemand: 4.1e12 * calc.KilowattHour, PerCapita: 12000 * calc.KilowattHour, Intensity: calc.GramsPerKWh(380)}
	sinkTraining calc.Training
	sinkResult   calc.Result
	sinkCompare  calc.Comparisons
)

func BenchmarkHardwareRun(b *testing.B) {
	run := calc.HardwareRun{Accelerators: 10000, WallClock: 14.8 * calc.Day, Cluster: benchCluster}
	b.ReportAllocs()
	for b.Loop() {
		t, err := run.Estimate()
		if err != nil {
			b.Fatal(err)
		}
		sinkTraining = t
	}
}

func BenchmarkComputeRun(b *testing.B) {
	run := calc.ComputeRun{
		Parameters: 175e9, Tokens: 300e9, PeakRate: 125e12,
		Utilisation: calc.Spread(0.2, 0.3, 0.4), Accelerators: 10000, Cluster: benchCluster,
	}
	b.ReportAllocs()
	for b.Loop() {
		t, err := run.Estimate()
		if err != nil {
			b.Fatal(err)
		}
		sinkTraining = t
	}
}

func BenchmarkRun(b *testing.B) {
	s := calc.Scenario{
		Method:   calc.MethodHardware,
		Hardware: calc.HardwareRun{Accelerators: 10000, WallClock: 14.8 * calc.Day, Cluster: benchCluster},
		Grid:     calc.Spread(calc.GramsPerKWh(300), calc.GramsPerKWh(429), calc.GramsPerKWh(500)),
	}
	b.ReportAllocs()
	for b.Loop() {
		r, err := calc.Run(s)
		if err != nil {
			b.Fatal(err)
		}
		sinkResult = r
	}
}

// BenchmarkCompare is the comparison with every row of a 222-country table
// and six power sources, as the calculator makes it.
func BenchmarkCompare(b *testing.B) {
	r, err := calc.Run(calc.Scenario{
		Method:   calc.MethodHardware,
		Hardware: calc.HardwareRun{Accelerators: 10000, WallClock: 14.8 * calc.Day, Cluster: benchCluster},
		Grid:     calc.Exact(calc.GramsPerKWh(429)),
	})
	if err != nil {
		b.Fatal(err)
	}
	refs := calc.References{
		Household: calc.Exact(10715 * calc.KilowattHour),
		Region:    benchCountry,
		Countries: make([]calc.Country, 222),
		Sources:   make([]calc.Source, 6),
	}
	for i := range refs.Countries {
		refs.Countries[i] = benchCountry
	}
	for i := range refs.Sources {
		refs.Sources[i] = benchSource
	}
	b.ReportAllocs()
	for b.Loop() {
		c, err := calc.Compare(r, refs)
		if err != nil {
			b.Fatal(err)
		}
		sinkCompare = c
	}
}

func BenchmarkCompareSource(b *testing.B) {
	power := calc.Exact(3.6 * calc.Megawatt)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := calc.CompareSource(benchEnergy, power, 14.8*calc.Day, benchSource); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEmissions(b *testing.B) {
	grid := calc.Spread(calc.GramsPerKWh(300), calc.GramsPerKWh(429), calc.GramsPerKWh(500))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := calc.Emissions(benchEnergy, grid); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFitGrowth(b *testing.B) {
	years := []float64{2017, 2018, 2019, 2020, 2020, 2021, 2022, 2023, 2024, 2024, 2025}
	values := []float64{2e3, 2e4, 1.5e5, 1.3e6, 8e5, 2e5, 4.3e5, 1.3e6, 2.1e7, 2.4e6, 5e7}
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := calc.FitGrowth(years, values); !ok {
			b.Fatal("no fit")
		}
	}
}
