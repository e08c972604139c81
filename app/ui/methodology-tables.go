package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/content"
)

// paramRow is one constant on the methodology page.
type paramRow struct {
	name string
	p    content.Param
	note string
}

// paramTable lists constants with value, range, unit, year and source.
func paramTable(l content.Lang, rows []paramRow) app.UI {
	cells := make([][4]labelledCell, len(rows))
	cards := make([][]phoneCell, len(rows))
	for i, r := range rows {
		cells[i] = paramCells(l, r)
		cards[i] = []phoneCell{{r.name, 1}}
		if r.note != "" {
			cards[i] = append(cards[i], phoneCell{content.Note(l, r.note), 0.85})
		}
		for _, c := range cells[i] {
			cards[i] = append(cards[i], phoneCell{c.label + ": " + c.text, 1})
		}
	}
	return app.Div().Class("table-wrap", "phone-skippable").Style("--phone-h", phoneHeight(cardMeasure, cards)).Body(app.Table().Class("constants").Body(
		app.THead().Body(app.Tr().Body(
			app.Th().Scope("col").Text(l.T("method.col.name")),
			app.Th().Scope("col").Text(l.T("method.col.value")),
			app.Th().Scope("col").Text(l.T("method.col.range")),
			app.Th().Scope("col").Text(l.T("method.col.year")),
			app.Th().Scope("col").Text(l.T("method.col.source")),
		)),
		app.TBody().Body(app.Range(rows).Slice(func(i int) app.UI {
			r, c := rows[i], cells[i]
			return app.Tr().Body(
				app.Th().Scope("row").Body(app.Text(r.name), app.If(r.note != "", func() app.UI {
					return app.Small().Class("row-note").Text(content.Note(l, r.note))
				})),
				app.Td().Attr("data-label", c[0].label).Text(c[0].text),
				app.Td().Attr("data-label", c[1].label).Text(c[1].text),
				app.Td().Attr("data-label", c[2].label).Text(c[2].text),
				app.Td().Attr("data-label", c[3].label).Body(app.A().Href(sourceLink(l, r.p.Source)).Text(c[3].text)),
			)
		})),
	))
}

// labelledCell is a table cell's text and its column's name, which the
// phone's stacked cards show before it (data-label).
type labelledCell struct{ label, text string }

// paramCells are a constant's value, range, year and source mark.
func paramCells(l content.Lang, r paramRow) [4]labelledCell {
	rng := "—"
	if r.p.HasRange() {
		rng = boundsText(l, r.p)
	}
	src, _ := content.SourceByID(r.p.Source)
	return [4]labelledCell{
		{l.T("method.col.value"), content.FormatParamValue(l, r.p)},
		{l.T("method.col.range"), rng},
		{l.T("method.col.year"), strconv.Itoa(r.p.Year)},
		{l.T("method.col.source"), content.CitationMark(l, src)},
	}
}

func assumptionRows(l content.Lang) []paramRow {
	a := content.Assumptions
	return []paramRow{
		{l.T("assumption.tdpfraction"), a.TDPFraction, a.TDPFraction.Note},
		{l.T("assumption.network"), a.Network, a.Network.Note},
		{l.T("assumption.mfu"), a.MFU, a.MFU.Note},
		{l.T("assumption.mfufp8"), a.MFUFP8, a.MFUFP8.Note},
		{l.T("assumption.querywh"), a.QueryWh, a.QueryWh.Note},
		{l.T("assumption.queriesperday"), a.QueriesPerDay, a.QueriesPerDay.Note},
		{l.T("assumption.servingdays"), a.ServingDays, a.ServingDays.Note},
	}
}

func acceleratorRows(l content.Lang) []paramRow {
	var rows []paramRow
	for _, a := range content.Accelerators {
		rows = append(rows, paramRow{l.T("method.hw.tdp", "name", a.DisplayName(l)), a.TDP, a.TDP.Note})
		if a.HostPower.Known() {
			rows = append(rows, paramRow{l.T("method.hw.host", "name", a.DisplayName(l)), a.HostPower, a.HostPower.Note})
		}
		rows = append(rows, paramRow{l.T("method.hw.peak", "name", a.DisplayName(l)), a.PeakFLOPs, a.PeakFLOPs.Note})
		if a.PeakFLOPsFP8.Known() {
			rows = append(rows, paramRow{l.T("method.hw.peakfp8", "name", a.DisplayName(l)), a.PeakFLOPsFP8, a.PeakFLOPsFP8.Note})
		}
		if a.MeasuredPower.Known() {
			rows = append(rows, paramRow{l.T("method.hw.measured", "name", a.DisplayName(l)), a.MeasuredPower, a.MeasuredPower.Note})
		}
	}
	return rows
}

// systemRows are the vendors' system ratings the servers' share is taken
// from, then the facility classes' PUE.
func systemRows(l content.Lang) []paramRow {
	var rows []paramRow
	for _, s := range content.Systems {
		rows = append(rows, paramRow{l.T("method.system.power", "name", s.Name), s.Power, s.Power.Note})
	}
	for _, f := range content.Facilities {
		rows = append(rows, paramRow{l.T("method.facility.pue", "name", l.T("facility."+f.ID)), f.PUE, f.PUE.Note})
	}
	return rows
}

// calibrationRows are the node measurements the stack is checked against.
func calibrationRows(l content.Lang) []paramRow {
	m := content.NodeMeasurements
	return []paramRow{
		{l.T("method.calibration.average"), m.Average, m.Average.Note},
		{l.T("method.calibration.maximum"), m.Maximum, m.Maximum.Note},
	}
}

func powerSourceRows(l content.Lang) []paramRow {
	var rows []paramRow
	for _, s := range content.PowerSources {
		name := l.T("source." + s.ID + ".name")
		rows = append(rows,
			paramRow{l.T("method.source.capacity", "name", name), s.UnitCapacityMW, s.UnitCapacityMW.Note},
			paramRow{l.T("method.source.cf", "name", name), s.CapacityFactor, s.CapacityFactor.Note},
			paramRow{l.T("method.source.lifecycle", "name", name), s.LifecycleGCO2PerKWh, s.LifecycleGCO2PerKWh.Note},
		)
		if s.LandM2PerMW.Known() {
			rows = append(rows, paramRow{l.T("method.source.land", "name", name), s.LandM2PerMW, s.LandM2PerMW.Note})
		}
	}
	return rows
}

func householdRows(l content.Lang) []paramRow {
	var rows []paramRow
	for _, h := range content.Households {
		c, _ := content.CountryByISO(h.Region)
		rows = append(rows, paramRow{l.T("method.household."+string(h.Unit), "region", c.Name(l)), h.KWhPerYear, h.Derivation})
	}
	return rows
}

func referenceRows(l content.Lang) []paramRow {
	var rows []paramRow
	for _, r := range content.References {
		rows = append(rows, paramRow{l.T("reference." + r.ID), r.Param, r.Param.Note})
	}
	return rows
}

// boundsText is a constant's range, joined as the house style joins ranges
// (content.RangeSeparator), with the unit once where content writes the
// range; English spaces its dash when a bound names its own publication ("0.04 (Jouppi et al. 2023) – 0.15 (Watt Ledger 2025)").
func boundsText(l content.Lang, p content.Param) string {
	if p.LowSource == "" && p.HighSource == "" {
		// The unit once where content writes the range itself:
		// "330–580 TWh", "3300亿～5800亿千瓦时", not "3300亿千瓦时 – 5800亿千瓦时".
		if text, err := content.FormatParamRange(l, p); err == nil {
			return text
		}
	}
	low, high := boundText(l, p.Low, p.Unit, p.LowSource), boundText(l, p.High, p.Unit, p.HighSource)
	if p.LowSource == "" && p.HighSource == "" {
		return content.JoinRange(l, low, high)
	}
	sep := content.RangeSeparator(l)
	if l != content.Chinese {
		sep = " " + sep + " "
	}
	return low + sep + high
}

// boundText is a range's bound, with the publication it comes from when
// that differs from the central value's (the per-query range's bounds are
// two other studies), by its short citation mark.
func boundText(l content.Lang, v float64, unit, source string) string {
	text := content.FormatParam(l, v, unit, 3)
	if src, ok := content.SourceByID(source); ok {
		text = l.T("method.bound.source", "value", text, "source", content.CitationMark(l, src))
	}
	return text
}

func itoa(n int) string { return strconv.Itoa(n) }
