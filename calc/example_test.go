package calc_test

import (
	"fmt"

	"wattledger/calc"
)

// GPT-3's training (Patterson et al. 2021, Table 4): 10,000 V100s for 14.8
// days at a measured 330 W each, in a data centre with a PUE of 1.1, and
// what that equals in average US homes (EIA: 10,715 kWh a year).
func Example_gpt3() {
	run := calc.HardwareRun{
		Accelerators: 10000,
		WallClock:    14.8 * calc.Day,
		Cluster:      calc.Cluster{Power: calc.Exact(330 * calc.Watt), PUE: calc.Exact(1.1)},
	}
	t, err := run.Estimate()
	if err != nil {
		panic(err)
	}
	homes, _ := calc.HouseholdYears(t.Energy, calc.Exact(10715*calc.KilowattHour))
	fmt.Printf("energy: %.0f MWh\n", t.Energy.Central.KilowattHours()/1000)
	fmt.Printf("continuous power: %.2f MW\n", t.FacilityPower.Central.Megawatts())
	fmt.Printf("US household-years: %.0f\n", homes.Central)
	// Output:
	// energy: 1289 MWh
	// continuous power: 3.63 MW
	// US household-years: 120
}

// A run whose power and PUE are uncertain: the range is the envelope of
// every combination of the inputs' bounds.
func ExampleHardwareRun_Estimate_range() {
	run := calc.HardwareRun{
		AcceleratorHours: 1e6,
		Cluster: calc.Cluster{
			Power: calc.PowerFromTDP(700*calc.Watt, calc.Spread(0.6, 0.75, 0.9)),
			PUE:   calc.Spread(1.1, 1.2, 1.4),
		},
	}
	t, _ := run.Estimate()
	e := t.Energy
	fmt.Printf("%.0f / %.0f / %.0f MWh\n", e.Low.KilowattHours()/1000, e.Central.KilowattHours()/1000, e.High.KilowattHours()/1000)
	// Output: 462 / 630 / 882 MWh
}

// An invalid input is refused with the field (its URL parameter) and why.
func ExampleInputError() {
	_, err := calc.HardwareRun{
		Accelerators: 1000,
		WallClock:    24 * calc.Hour,
		Cluster:      calc.Cluster{Power: calc.Exact(400 * calc.Watt), PUE: calc.Exact(0.9)},
	}.Estimate()
	fmt.Println(err)
	// Output: pue: too_small (accepted 1 to 5)
}
