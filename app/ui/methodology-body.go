package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"strings"

	"wattledger/app/estimate"
	"wattledger/app/ui/dom"
	"wattledger/calc"
	"wattledger/content"
)

// methodologyBody renders the methodology from the tables: formulas,
// assumptions, accelerators, power sources, households, presets with how
// closely the model reproduces them, limits, sources and data versions.
type methodologyBody struct {
	app.Compo
	Ilang content.Lang
}

func newMethodologyBody() *methodologyBody { return &methodologyBody{} }

// Lang sets the language.
func (m *methodologyBody) Lang(l content.Lang) *methodologyBody { m.Ilang = l; return m }

func (m *methodologyBody) Render() app.UI {
	l := m.Ilang
	return app.Div().Body(
		m.formulas(),
		section("constants", l.T("method.constants.title"),
			app.H3().Text(l.T("method.assumptions.title")),
			paramTable(l, assumptionRows(l)),
			app.H3().Text(l.T("method.accelerators.title")),
			paramTable(l, acceleratorRows(l)),
			app.H3().Text(l.T("method.systems.title")),
			paramTable(l, systemRows(l)),
			app.H3().Text(l.T("method.calibration.title")),
			app.P().ID("calibration").Text(calibrationText(l)),
			paramTable(l, calibrationRows(l)),
			app.H3().Text(l.T("method.sources.title")),
			paramTable(l, powerSourceRows(l)),
			app.H3().Text(l.T("method.households.title")),
			paramTable(l, householdRows(l)),
			app.H3().Text(l.T("method.references.title")),
			paramTable(l, referenceRows(l)),
		),
		m.presets(),
		plannerMethod(l),
		section("limits", l.T("method.limits.title"),
			app.Range(limitIDs).Slice(func(i int) app.UI {
				id := limitIDs[i]
				return app.Div().Class("limit").Body(
					app.H3().Text(l.T("method.limit."+id+".title")),
					app.P().Text(l.T("method.limit."+id+".body")),
				)
			}),
		),
		m.sources(),
		m.versions(),
	)
}

var limitIDs = []string{"embodied", "water", "location-market", "idle", "cooling", "networking", "estimates"}

func section(id, title string, body ...app.UI) app.UI {
	return app.Section().ID(id).Body(append([]app.UI{app.H2().Text(title)}, body...)...)
}

func (m *methodologyBody) formulas() app.UI {
	l := m.Ilang
	return section("formulas", l.T("method.formulas.title"),
		app.Range(content.Formulas).Slice(func(i int) app.UI {
			f := content.Formulas[i]
			return app.Div().Class("formula").ID("formula-"+f.ID).Body(
				app.H3().Text(l.T("method.formula."+f.ID+".title")),
				// Text straight in the <pre>: go-app's encoder puts a child
				// element on a line of its own, and a <pre> shows that
				// indentation (the server's copy drew each formula indented).
				app.Pre().Text(f.Expr),
				app.P().Text(l.T("method.formula."+f.ID+".body")),
			)
		}),
		app.P().Class("note").Text(l.T("method.ranges.note")),
	)
}

// presets lists every preset with its inputs, what it published and how
// closely the model reproduces it.
func (m *methodologyBody) presets() app.UI {
	l := m.Ilang
	return section("presets", l.T("method.presets.title"),
		app.Div().Class("table-wrap").Body(app.Table().Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text(l.T("method.col.preset")),
				app.Th().Scope("col").Text(l.T("method.col.inputs")),
				app.Th().Scope("col").Text(l.T("method.col.published")),
				app.Th().Scope("col").Text(l.T("method.col.model")),
			)),
			app.TBody().Body(app.Range(content.Presets).Slice(func(i int) app.UI {
				return presetRow(l, content.Presets[i])
			})),
		)),
	)
}

func presetRow(l content.Lang, p content.Preset) app.UI {
	o, err := estimate.Estimate(estimate.Inputs{}.With(calc.FieldPreset, p.ID))
	model, modelKWh := l.T("error.unexpected"), ""
	if err == nil {
		modelKWh = dom.Number(o.Result.Energy.Central.KilowattHours())
		model = l.T("method.preset.model", "energy", content.Energy(l, o.Result.Energy), "co2", content.Mass(l, o.Result.Emissions))
		if p.PublishedEnergyKWh.Known() {
			model += " " + l.T("method.preset.diff", "diff", signedPercent(o.Result.Energy.Central.KilowattHours()/p.PublishedEnergyKWh.Value-1))
		} else if p.PublishedCO2Tonnes.Known() {
			model += " " + l.T("method.preset.diff", "diff", signedPercent(o.Result.Emissions.Central.Tonnes()/p.PublishedCO2Tonnes.Value-1))
		}
	}
	var inputs []app.UI
	for _, in := range []struct {
		key string
		p   content.Param
	}{
		{"field.n", p.Accelerators}, {"method.input.hours", p.WallClockHours}, {"field.gpuh", p.AcceleratorHours},
		{"field.w", p.PowerPerAccelerator}, {"field.pue", p.PUE}, {"field.flops", p.FLOPs},
		{"field.params", p.Parameters}, {"field.tokens", p.Tokens}, {"field.ci", p.GridIntensity},
	} {
		if in.p.Known() {
			inputs = append(inputs, app.Li().Body(
				app.Text(l.T("method.input.label", "name", inputName(l, in.key))),
				app.A().Href(sourceLink(l, in.p.Source)).Text(content.FormatParamValue(l, in.p)),
				rangeText(l, in.p),
			))
		}
	}
	published := l.T("method.preset.none")
	if p.PublishedEnergyKWh.Known() || p.PublishedCO2Tonnes.Known() {
		published = ""
		if p.PublishedEnergyKWh.Known() {
			published = content.FormatParamValue(l, p.PublishedEnergyKWh)
		}
		if p.PublishedCO2Tonnes.Known() {
			if published != "" {
				published += " · "
			}
			published += content.FormatParamValue(l, p.PublishedCO2Tonnes)
		}
	}
	name := p.Name
	if p.Estimate {
		name = l.T("preset.estimate.name", "name", p.Name)
	}
	return app.Tr().ID("preset-"+p.ID).Body(
		app.Th().Scope("row").Body(
			app.A().Href(href(l.PathPrefix()+"/", "preset="+p.ID)).Text(name),
			app.Br(),
			app.Small().Text(l.T("method.preset.basis", "hw", hardwareName(l, p.Hardware), "basis", l.T("basis."+string(p.PowerBasis)))),
		),
		app.Td().Attr("data-label", l.T("method.col.inputs")).Body(app.Ul().Body(inputs...)),
		app.Td().Attr("data-label", l.T("method.col.published")).Text(published),
		app.Td().Attr("data-label", l.T("method.col.model")).Attr("data-kwh", modelKWh).Body(app.Text(model), app.Br(), app.Small().Text(content.Note(l, p.Note))),
	)
}

// inputName is a form field's label without the unit in brackets: the
// value beside it carries its own ("训练时长：14.8天", not "（小时）：14.8天").
func inputName(l content.Lang, key string) string {
	name := l.T(key)
	if i := strings.LastIndexAny(name, "(（"); i > 0 {
		name = strings.TrimSpace(name[:i])
	}
	return name
}

func hardwareName(l content.Lang, id string) string {
	a, _ := content.AcceleratorByID(id)
	return a.DisplayName(l)
}

func signedPercent(f float64) string {
	s := content.Number(content.English, f*100, 2)
	if f >= 0 {
		s = "+" + s
	}
	return s + "%"
}

func rangeText(l content.Lang, p content.Param) app.UI {
	if !p.HasRange() {
		return nil
	}
	return app.Span().Class("range").Text(" " + l.T("method.range",
		"low", content.FormatParam(l, p.Low, p.Unit, 3), "high", content.FormatParam(l, p.High, p.Unit, 3)))
}

func (m *methodologyBody) sources() app.UI {
	l := m.Ilang
	return section("sources", l.T("method.sourcelist.title"),
		app.P().Text(l.T("method.datasources")),
		app.P().Class("attribution").Text(l.T("footer.attribution")),
		app.Ol().Class("source-list", "phone-skippable").Style("--phone-h", sourceListHeight(l)).Body(app.Range(content.Sources).Slice(func(i int) app.UI {
			s := content.Sources[i]
			return app.Li().ID("source-"+s.ID).Body(
				app.Strong().Text(s.Publisher+" ("+itoa(s.Year)+"). "),
				app.Cite().Text(s.Title),
				app.Text(". "),
				app.A().Href(s.URL).Attr("rel", "noopener").Text(s.URL),
				app.Br(),
				app.Small().Text(content.Note(l, s.Supports)),
			)
		})),
	)
}

// sourceListHeight estimates the list of sources on a phone (phoneHeight).
func sourceListHeight(l content.Lang) string {
	items := make([][]phoneCell, len(content.Sources))
	for i, s := range content.Sources {
		items[i] = []phoneCell{{s.Publisher + " (" + itoa(s.Year) + "). " + s.Title + ". " + s.URL, 1}, {content.Note(l, s.Supports), 0.85}}
	}
	return phoneHeight(sourceMeasure, items)
}

func (m *methodologyBody) versions() app.UI {
	l := m.Ilang
	return section("versions", l.T("method.changelog.title"),
		app.P().Text(l.T("footer.dataversion", "version", content.DataVersion)),
		app.Ul().Body(app.Range(content.DataChangelog).Slice(func(i int) app.UI {
			c := content.DataChangelog[i]
			return app.Li().Text(c.Version + " (" + c.Date + "): " + l.T("changelog."+c.Version))
		})),
	)
}
