package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/ui/dom"
	"wattledger/content"
)

// chartPanel shows one drawn chart with its data table (the accessible
// alternative) and downloads of the chart as SVG and PNG and of the table
// as CSV. Drawing happens in chartBoard; the panel only shows.
type chartPanel struct {
	app.Compo

	Ilang  content.Lang
	Ichart drawnChart
	// Irun names the run in the downloads' file names (chartFileName).
	Irun string
}

func newChartPanel() *chartPanel { return &chartPanel{} }

// Lang sets the language.
func (c *chartPanel) Lang(l content.Lang) *chartPanel { c.Ilang = l; return c }

// Chart sets the drawn chart.
func (c *chartPanel) Chart(d drawnChart) *chartPanel { c.Ichart = d; return c }

// Run sets the run's name in the downloads' file names.
func (c *chartPanel) Run(name string) *chartPanel { c.Irun = name; return c }

func (c *chartPanel) Render() app.UI {
	l := c.Ilang
	d := c.Ichart
	id := "chart-" + d.Spec.Kind
	file := func(ext string) string { return chartFileName(l, c.Irun, d.Spec.Kind, ext) }
	// The desktop and phone drawings side by side: web/app.css shows the
	// one for the width of this box (dom.ChartPhoneWidth).
	body := app.Div().Class("chart").Attr("aria-hidden", "true").Body(
		app.If(d.SVG != "", func() app.UI { return app.Div().Class("chart-desktop").Body(app.Raw(d.SVG)) }),
		app.If(d.Phone != "", func() app.UI { return app.Div().Class("chart-phone").Body(app.Raw(d.Phone)) }),
	)
	return app.Section().ID(id).Class("chart-panel").Attr("aria-labelledby", id+"-title").Body(
		app.H3().ID(id+"-title").Text(l.T("chart."+d.Spec.Kind+".heading")),
		body,
		app.Div().Class("chart-actions").Body(
			dom.DownloadButton(l.T("chart.download.svg"), file("svg"), "image/svg+xml", func() []byte { return []byte(c.Ichart.desktopSVG()) }),
			app.Button().Type("button").Class("download").Attr("data-filename", file("png")).Text(l.T("chart.download.png")).
				OnClick(func(ctx app.Context, e app.Event) { dom.SaveChartPNG(ctx, c.Ichart.desktopSVG(), file("png")) }),
			dom.DownloadButton(l.T("chart.download.csv"), file("csv"), "text/csv", func() []byte { return c.Ichart.Table.CSV() }),
		),
		newDataTable().Table(d.Table).Summary(l.T("chart.table.show")),
	)
}
