package explainer

import (
	"fmt"
	"net/url"
	"strings"

	"wattledger/app/estimate"
	"wattledger/calc"
	"wattledger/content"
)

// resolver turns references into inlines in one language, computing each
// distinct query once.
type resolver struct {
	lang     content.Lang
	outcomes map[string]estimate.Outcome
	// cited records every source id referred to, for the completeness test.
	cited map[string]bool
}

func newResolver(l content.Lang) *resolver {
	return &resolver{lang: l, outcomes: map[string]estimate.Outcome{}, cited: map[string]bool{}}
}

// forms are the ways a table figure can be shown; the article names one
// after the reference's arguments where the figure alone would be
// ambiguous: {{ref us-datacentres-2028 range}}, {{param preset.x.pue
// centre}}, {{param assumption.mfu percent}}.
var forms = map[string]bool{"range": true, "centre": true, "percent": true}

func (r *resolver) resolve(f []string) (Inline, error) {
	if len(f) == 0 {
		return Inline{}, fmt.Errorf("empty reference")
	}
	args := f[1:]
	want := map[string]int{"calc": 2, "ref": 1, "param": 1, "country": 2, "growth": 1, "src": 1}
	n, known := want[f[0]]
	if !known {
		return Inline{}, fmt.Errorf("unknown reference kind %q", f[0])
	}
	form := ""
	if tables := f[0] == "ref" || f[0] == "param"; tables && len(args) == n+1 && forms[args[n]] {
		form, args = args[n], args[:n]
	}
	if len(args) != n {
		return Inline{}, fmt.Errorf("{{%s}} takes %d arguments, got %q", f[0], n, strings.Join(args, " "))
	}
	switch f[0] {
	case "calc":
		return r.calc(args[0], args[1])
	case "ref":
		return r.ref(args[0], form)
	case "param":
		return r.param(args[0], form)
	case "country":
		return r.country(args[0], args[1])
	case "growth":
		return r.growth(args[0])
	}
	return r.src(args[0])
}

func (r *resolver) src(id string) (Inline, error) {
	s, ok := content.SourceByID(id)
	if !ok {
		return Inline{}, fmt.Errorf("unknown source %q", id)
	}
	r.cited[id] = true
	return Inline{Kind: Citation, Text: content.CitationMark(r.lang, s), Source: id}, nil
}

// value is a table figure linked to its source, in the form the article
// asked for. A figure with a range must say whether the sentence means the
// range or its centre, and a fraction is written as the share it is: the
// article cannot print "1.2" for 1.1–1.4 or "0.76" for 76% by accident.
func (r *resolver) value(p content.Param, form string) (Inline, error) {
	in := Inline{Kind: Value, Source: p.Source, Unit: p.Unit, Form: form, Ranged: p.HasRange()}
	var err error
	switch form {
	case "":
		switch {
		case p.HasRange():
			err = fmt.Errorf("%s has a range (%s): ask for its range or its centre", content.FormatParamValue(r.lang, p), p.Unit)
		case p.Unit == "" && p.Value > 0 && p.Value < 1:
			err = fmt.Errorf("%g is a fraction: ask for it as a percent", p.Value)
		}
		in.Text = content.FormatParam(r.lang, p.Value, p.Unit, 3)
	case "centre":
		if !p.HasRange() {
			err = fmt.Errorf("%g has no range to be the centre of", p.Value)
		}
		in.Text = content.FormatParam(r.lang, p.Value, p.Unit, 3)
	case "range":
		in.Text, err = content.FormatParamRange(r.lang, p)
	case "percent":
		in.Text, err = content.FormatParamPercent(r.lang, p)
	}
	if err != nil {
		return Inline{}, err
	}
	r.cited[p.Source] = true
	return in, nil
}

func (r *resolver) ref(id, form string) (Inline, error) {
	ref, ok := content.ReferenceByID(id)
	if !ok {
		return Inline{}, fmt.Errorf("unknown reference %q", id)
	}
	in, err := r.value(ref.Param, form)
	if err != nil {
		return Inline{}, fmt.Errorf("{{ref %s}}: %w", id, err)
	}
	return in, nil
}

func (r *resolver) country(iso, field string) (Inline, error) {
	c, ok := content.CountryByISO(iso)
	if !ok {
		return Inline{}, fmt.Errorf("unknown country %q", iso)
	}
	p := content.Param{Year: c.Year, Source: "ember-2025"}
	switch field {
	case "demand":
		p.Value, p.Unit = c.DemandTWh, "TWh"
	case "percapita":
		p.Value, p.Unit = c.PerCapitaKWh, "kWh"
	case "intensity":
		p.Value, p.Unit = c.IntensityG, "gCO2e/kWh"
	default:
		return Inline{}, fmt.Errorf("unknown country field %q", field)
	}
	return r.value(p, "")
}

// outcome computes (once) the model's result for a query string.
func (r *resolver) outcome(query string) (estimate.Outcome, string, error) {
	q, err := url.ParseQuery(query)
	if err != nil {
		return estimate.Outcome{}, "", fmt.Errorf("query %q: %w", query, err)
	}
	in := estimate.FromQuery(q)
	canonical := in.Encode()
	if canonical != query {
		return estimate.Outcome{}, "", fmt.Errorf("query %q is not in contract form (%q)", query, canonical)
	}
	if o, ok := r.outcomes[canonical]; ok {
		return o, canonical, nil
	}
	o, err := estimate.Estimate(in)
	if err != nil {
		return estimate.Outcome{}, "", fmt.Errorf("query %q: %w", query, err)
	}
	r.outcomes[canonical] = o
	return o, canonical, nil
}

func (r *resolver) calc(query, output string) (Inline, error) {
	o, canonical, err := r.outcome(query)
	if err != nil {
		return Inline{}, err
	}
	text, err := formatOutput(r.lang, o, output)
	if err != nil {
		return Inline{}, fmt.Errorf("{{calc %s %s}}: %w", query, output, err)
	}
	return Inline{Kind: Number, Text: text, Query: canonical, Output: output, Ranged: output == "energy-range"}, nil
}

// formatOutput writes one of a result's outputs in language l.
func formatOutput(l content.Lang, o estimate.Outcome, output string) (string, error) {
	res, cmp := o.Result, o.Comparisons
	inference := o.Method == calc.MethodInference
	switch output {
	case "energy":
		return content.Energy(l, res.Energy), nil
	case "energy-range":
		return content.EnergyRange(l, res.Energy), nil
	case "energy-full":
		if o.FullSystem == nil {
			return "", fmt.Errorf("energy-full needs a published preset's training run")
		}
		return content.Energy(l, o.FullSystem.Result.Energy), nil
	case "co2":
		return content.Mass(l, res.Emissions), nil
	case "households":
		unit := "unit.household-years"
		if o.Household.Unit == content.PerPerson {
			unit = "unit.person-years"
		}
		return l.T(unit, "n", content.Count(l, cmp.HouseholdYears)), nil
	case "share":
		return content.Share(l, cmp.Region.SharePercent), nil
	case "power":
		if res.Power.Central == 0 {
			return "", fmt.Errorf("continuous power unknown: the preset has no accelerator count")
		}
		return content.Power(l, res.Power), nil
	case "gpuh":
		if inference {
			return "", fmt.Errorf("inference has no accelerator-hours")
		}
		return content.FormatParam(l, res.AcceleratorHours.Central, "accelerator-h", 3), nil
	case "duration":
		if res.Duration.Central == 0 {
			return "", fmt.Errorf("duration unknown: the preset has no accelerator count")
		}
		return content.Duration(l, res.Duration), nil
	case "breakeven-days", "breakeven-queries":
		if !inference {
			return "", fmt.Errorf("%s needs method=inference", output)
		}
		if output == "breakeven-days" {
			return content.Duration(l, o.BreakEven.Time), nil
		}
		return content.Count(l, o.BreakEven.Queries), nil
	}
	kind, id, ok := strings.Cut(output, ":")
	i, found := sourceIndex(id)
	if !ok || !found {
		return "", fmt.Errorf("unknown output %q", output)
	}
	c := cmp.Sources[i]
	switch kind {
	case "run":
		return content.Duration(l, c.UnitRunTime), nil
	case "units":
		// The share of one plant's average output the run draws: the
		// article compares a cluster with a reactor, and "0.012" of one
		// reads as nothing.
		if res.Power.Central == 0 {
			return "", fmt.Errorf("continuous power unknown")
		}
		if c.UnitsForPower.Central >= 1 {
			return "", fmt.Errorf("%s needs more than one plant: a share of one does not say it", output)
		}
		return content.FractionShare(l, c.UnitsForPower), nil
	case "land":
		if c.Land.Central == 0 {
			return "", fmt.Errorf("no land figure for %s (or no duration)", id)
		}
		return content.Area(l, c.Land), nil
	}
	return "", fmt.Errorf("unknown output %q", output)
}

func sourceIndex(id string) (int, bool) {
	for i, s := range content.PowerSources {
		if s.ID == id {
			return i, true
		}
	}
	return 0, false
}
