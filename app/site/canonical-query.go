package site

import (
	"net/url"
	"strconv"
	"strings"

	"wattledger/app/estimate"
	"wattledger/app/planner"
	"wattledger/app/ui"
	"wattledger/calc"
)

// A canonicaliser turns a page's query into the query of the input it
// resolves to: the parameters the page reads and nothing else, numbers in
// one spelling, defaults left out, in a fixed order. Two links that mean
// the same page get the same string, which is the page cache's key and
// the query the page is prerendered for, so ?n=10000, ?n=10,000&x=1 and
// ?n=1e4 cost one prerender between them.
//
// A canonicaliser must keep every value that changes the page (a value it
// cannot read, such as a hostile string, is kept as given so the page can
// show its error), and its output must be its own canonical form.
type canonicaliser func(url.Values) string

// canonicalisers holds one per page kind. A kind without one is keyed on
// its raw query: correct, but each spelling of a link is rendered apart.
// A new page registers its own here (the planner's would wrap
// planner.FromQuery and its Encode).
var canonicalisers = map[ui.Kind]canonicaliser{
	ui.KindCalculator:  withOwn(estimateQuery, dataVersion),
	ui.KindMethodology: withOwn(estimateQuery, dataVersion),
	ui.KindPower:       plannerQuery,
	ui.KindEmbed:       byEmbedView(withOwn(estimateQuery, dataVersion, embedOptions...), withOwn(plannerQuery, embedOptions[0], embedOptions[1:]...)),
}

// byEmbedView keys a widget by the page it shows: the planner's results
// (view=power) read the planner's parameters, every other view the
// calculator's.
func byEmbedView(calculator, power canonicaliser) canonicaliser {
	return func(q url.Values) string {
		if ui.IsPowerEmbed(q) {
			return power(q)
		}
		return calculator(q)
	}
}

// plannerNumbers are the planner's parameters that hold numbers.
var plannerNumbers = []calc.Field{calc.FieldFacilityPower, calc.FieldAccelerators, calc.FieldPUE, calc.FieldLoadFactor}

// plannerQuery canonicalises the power planner's inputs as estimateQuery
// does the calculator's: planner.FromQuery keeps its parameters only, and
// a number the planner reads is written in Go's shortest form.
func plannerQuery(q url.Values) string {
	in := planner.FromQuery(q)
	for _, f := range plannerNumbers {
		v := in.Get(f)
		if v == "" {
			continue
		}
		if x, err := estimate.ParseNumber(f, v); err == nil {
			in = in.With(f, strconv.FormatFloat(x, 'g', -1, 64))
		}
	}
	return in.Encode()
}

// canonicalQuery is the cache key's query for a page of route.
func canonicalQuery(route ui.Route, raw string) string {
	c, ok := canonicalisers[route.Kind]
	if !ok {
		return raw
	}
	// The pages read the URL with url.URL.Query, which skips malformed
	// pairs: so does the key.
	q, _ := url.ParseQuery(raw)
	return c(q)
}

// numericFields are the estimate parameters that hold numbers; the others
// are ids (preset, method, hw, region, facility, grid) and are kept as
// given. TestEveryFieldIsClassified fails when a field is added to the
// URL contract without being listed here or in idFields.
var numericFields = map[calc.Field]bool{
	calc.FieldAccelerators: true, calc.FieldHours: true, calc.FieldAcceleratorHours: true,
	calc.FieldPower: true, calc.FieldPUE: true, calc.FieldFLOPs: true,
	calc.FieldParameters: true, calc.FieldTokens: true, calc.FieldMFU: true,
	calc.FieldIntensity: true, calc.FieldQueryWh: true, calc.FieldQueriesPerDay: true,
	calc.FieldDays: true,
}

var idFields = map[calc.Field]bool{
	calc.FieldPreset: true, calc.FieldMethod: true, calc.FieldHardware: true,
	calc.FieldRegion: true, calc.FieldFacility: true, calc.FieldGrid: true,
}

// estimateQuery canonicalises the calculator's inputs: estimate.FromQuery
// keeps only the URL contract's parameters, trimmed, empty ones dropped,
// and a number that estimate.ParseNumber reads is written back in Go's
// shortest form, which parses to the same float64, so the estimate cannot
// change. The default preset named explicitly is kept: guard.js, which
// compares the page's query with the address bar, would take its absence
// for another input and hide the numbers until the wasm has run.
func estimateQuery(q url.Values) string {
	in := estimate.FromQuery(q)
	for f := range numericFields {
		v := in.Get(f)
		if v == "" {
			continue
		}
		if x, err := estimate.ParseNumber(f, v); err == nil {
			in = in.With(f, strconv.FormatFloat(x, 'g', -1, 64))
		}
	}
	return in.Encode()
}

// ownParam is a page parameter outside the estimate's inputs, and the
// value it takes when absent.
type ownParam struct{ name, def string }

// dataVersion is dv=, the data version a link was made with (app/ui's
// parseDataVersion); it has no default.
var dataVersion = ownParam{"dv", ""}

// embedOptions are the widget's parameters (app/ui's parseEmbedOptions).
var embedOptions = []ownParam{{"view", "result"}, {"theme", "auto"}, {"controls", "1"}}

// withOwn appends to base's query the page's own parameters that differ
// from their defaults, in the order given.
func withOwn(base canonicaliser, first ownParam, more ...ownParam) canonicaliser {
	own := append([]ownParam{first}, more...)
	return func(q url.Values) string {
		var b strings.Builder
		b.WriteString(base(q))
		for _, p := range own {
			// Not trimmed: the pages refuse " result " and must keep doing so.
			v := clipValue(q.Get(p.name))
			if v == "" || v == p.def {
				continue
			}
			if b.Len() > 0 {
				b.WriteByte('&')
			}
			b.WriteString(p.name + "=" + url.QueryEscape(v))
		}
		return b.String()
	}
}

// clipValue bounds a parameter the estimate package does not read, as
// estimate.FromQuery bounds its own, without splitting a UTF-8 rune.
func clipValue(s string) string {
	const max = 64
	if len(s) <= max {
		return s
	}
	cut := max
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut]
}
