package ui

import (
	"wattledger/app/estimate"
	"wattledger/app/planner"
	"wattledger/app/ui/dom"
	"wattledger/calc"
	"wattledger/content"
)

// stackView is what the power stack section shows, as text, made once per
// result: each part of the cluster's facility power, for a published
// preset the whole-facility estimate beside its published basis, and the
// run's warnings.
type stackView struct {
	Heading string
	Parts   []stackPartView
	// Basis is "as published · whole facility, estimated" for a published
	// preset, FullKWh the whole-facility central energy (data-kwh), and
	// Omits what the published figure leaves out.
	Basis, FullKWh, Omits string
	// Precision says at which arithmetic format the compute method took
	// the accelerator's peak.
	Precision string
	// Duration is the compute method's implied wall-clock time.
	Duration string
	Warnings []warningView
	// Planner links to the power planner with this cluster filled in, and
	// PlannerText invites the visitor there.
	Planner, PlannerText string
}

// stackPartView is one part: its DOM contract attributes (data-part,
// data-mw), its text and the width of its bar.
type stackPartView struct {
	Part, MW, Label, Value, Note string
	// SharePercent is the bar's width, in percent of the section.
	SharePercent string
}

type warningView struct{ ID, Text string }

// newStackView is the stack of outcome o in language l; empty when the
// inputs are invalid or there is nothing to show.
func newStackView(l content.Lang, o estimate.Outcome, ok bool) stackView {
	if !ok {
		return stackView{}
	}
	v := stackView{Heading: l.T("stack.heading")}
	for _, p := range o.Stack {
		share := 100 * p.Share
		v.Parts = append(v.Parts, stackPartView{
			Part:         string(p.Part),
			MW:           dom.Number(p.Power.Central.Megawatts()),
			Label:        l.T("stack.part." + string(p.Part)),
			Value:        l.T("stack.share", "mw", content.Power(l, p.Power), "share", content.Number(l, share, 2)+"%"),
			Note:         l.T("stack.part.note." + string(p.Part)),
			SharePercent: dom.Number(share),
		})
	}
	if fs := o.FullSystem; fs != nil {
		full := fs.Result.Energy
		v.Basis = l.T("stack.basis", "published", content.Energy(l, o.Result.Energy), "full", fullEnergy(l, full))
		v.FullKWh = dom.Number(full.Central.KilowattHours())
		v.Omits = l.T("preset.omits." + string(fs.Omits))
	}
	if o.Method == calc.MethodCompute {
		v.Precision = l.T("precision.note", "precision", l.T("precision."+string(o.Precision)))
		if d := o.Result.Duration; d.Central > 0 {
			v.Duration = l.T("stack.duration", "duration", content.Duration(l, d))
		}
	}
	if len(o.Stack) > 0 {
		v.Planner, v.PlannerText = plannerLink(l, o), l.T("stack.planner")
	}
	for _, w := range o.Warnings {
		v.Warnings = append(v.Warnings, warningView{ID: string(w),
			Text: l.T("warning."+string(w), "duration", content.Duration(l, o.Result.Duration))})
	}
	return v
}

// plannerLink opens the power planner for the run's cluster: its
// accelerators, count and PUE, on the grid where it ran.
func plannerLink(l content.Lang, o estimate.Outcome) string {
	in := planner.Inputs{
		Hardware:     o.Hardware.ID,
		Accelerators: estimate.FormatInput(o.Value(calc.FieldAccelerators)),
		PUE:          estimate.FormatInput(o.Value(calc.FieldPUE)),
		Region:       o.Grid.ISO,
	}
	return href(l.PathPrefix()+"/"+string(KindPower)+"/", in.Encode())
}

// fullEnergy is the whole-facility energy with its range.
func fullEnergy(l content.Lang, e calc.Range[calc.Energy]) string {
	if e.IsExact() {
		return content.Energy(l, e)
	}
	return content.Energy(l, e) + l.T("text.aside", "text", content.EnergyRange(l, e))
}

// empty reports whether the section has nothing to show.
func (v stackView) empty() bool {
	return len(v.Parts) == 0 && v.Basis == "" && v.Precision == "" && v.Duration == "" && len(v.Warnings) == 0
}
