package estimate

import (
	"net/url"
	"testing"

	"wattledger/calc"
)

var sinkOutcome Outcome

// BenchmarkFullEstimate is one full estimate for ?preset=gpt-3, as the
// calculator computes it on every input change: resolving the inputs, the
// model, and every comparison (households, 222 countries, six sources).
func BenchmarkFullEstimate(b *testing.B) {
	in := FromQuery(url.Values{"preset": {"gpt-3"}})
	b.ReportAllocs()
	for b.Loop() {
		o, err := Estimate(in)
		if err != nil {
			b.Fatal(err)
		}
		sinkOutcome = o
	}
}

// BenchmarkFullEstimateInference includes the preset's training estimate
// for the break-even.
func BenchmarkFullEstimateInference(b *testing.B) {
	in := FromQuery(url.Values{"preset": {"gpt-3"}, "method": {"inference"}})
	b.ReportAllocs()
	for b.Loop() {
		o, err := Estimate(in)
		if err != nil {
			b.Fatal(err)
		}
		sinkOutcome = o
	}
}

// BenchmarkKeystroke is what one keystroke in #in-n costs the model: the
// new inputs, the estimate and the query string written to the address bar.
func BenchmarkKeystroke(b *testing.B) {
	in := FromQuery(url.Values{"preset": {"gpt-3"}, "method": {"hardware"}})
	vals := []string{"9000", "9001", "10,000", "1e4"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		next := in.With(calc.FieldAccelerators, vals[i%len(vals)])
		i++
		o, err := Estimate(next)
		if err != nil {
			b.Fatal(err)
		}
		sinkOutcome = o
		_ = next.Encode()
	}
}

func BenchmarkFromQuery(b *testing.B) {
	q, _ := url.ParseQuery("preset=llama-3.1-405b&region=CHN&n=16384&hours=1300&pue=1.1")
	b.ReportAllocs()
	for b.Loop() {
		_ = FromQuery(q)
	}
}

func BenchmarkParseNumber(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseNumber(calc.FieldFLOPs, "3.14E+23"); err != nil {
			b.Fatal(err)
		}
	}
}
