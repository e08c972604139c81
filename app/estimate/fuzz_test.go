package estimate

import (
	"errors"
	"math"
	"net/url"
	"testing"

	"wattledger/calc"
)

// FuzzQuery feeds arbitrary query strings through the URL contract: every
// result is either a valid estimate with finite, ordered numbers or an
// InputError naming a contract field. Seeds are in testdata/fuzz/FuzzQuery.
func FuzzQuery(f *testing.F) {
	f.Add("preset=gpt-3")
	f.Add("preset=llama-3.1-405b&region=chn&n=16384&hours=1e3")
	f.Add("method=compute&params=7e10&tokens=2e12&mfu=0.4&hw=h100-sxm")
	f.Add("method=inference&qwh=0.3&qpd=2.5e9&days=365")
	f.Add("n=%3Cscript%3Ealert(1)%3C/script%3E&region=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E")
	f.Add("pue=javascript:alert(1)&ci=-0&w=1e308&flops=NaN")
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		o, err := Estimate(FromQuery(q))
		if err != nil {
			var ie *calc.InputError
			if !errors.As(err, &ie) || !isContractField(ie.Field) || ie.Reason == "" {
				t.Fatalf("%q: error %v does not name a contract field", raw, err)
			}
			return
		}
		e := o.Result.Energy
		for _, v := range []float64{float64(e.Low), float64(e.Central), float64(e.High), o.Result.Emissions.Central.Kilograms(), o.Comparisons.HouseholdYears.Central} {
			if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
				t.Fatalf("%q: non-finite or negative result %+v", raw, o.Result)
			}
		}
		if !(e.Low <= e.Central && e.Central <= e.High) {
			t.Fatalf("%q: unordered energy %+v", raw, e)
		}
	})
}

// FuzzParseNumber checks that a number field either parses to a finite
// number or is refused, and that what it accepts round-trips through the
// form's own formatting.
func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"1287", "1e23", "3.14E+23", "10,000", "１２８７", "-0", "1,5", "0x10", "Inf", "٣"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseNumber(calc.FieldAccelerators, s)
		if err != nil {
			return
		}
		if math.IsNaN(v) || math.IsInf(v, 0) {
			t.Fatalf("%q parsed to %v", s, v)
		}
		if v > 0 {
			back, err := ParseNumber(calc.FieldAccelerators, FormatInput(v))
			if err != nil || back != v {
				t.Fatalf("%q → %v → %q → %v, %v", s, v, FormatInput(v), back, err)
			}
		}
	})
}

func isContractField(f calc.Field) bool {
	for _, g := range Fields {
		if g == f {
			return true
		}
	}
	return false
}
