package main

import (
	"reflect"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/chart"
	"wattledger/content"
)

// chartPanel shows one chart with its data table (the accessible
// alternative) and downloads of the chart as SVG and PNG and of the table
// as CSV.
//
// Drawing a chart in the WebAssembly takes 10 to 20 ms, so it never
// happens in the keystroke's own frame: when the data changes, the panel
// draws after a delay staggered by its position (one chart per frame), and
// a newer change cancels the older drawing.
type chartPanel struct {
	app.Compo

	Ilang  content.Lang
	Ispec  chartSpec
	Iorder int

	drawn    chartSpec
	drawnIn  content.Lang
	svg      string
	table    chart.Table
	failed   bool
	revision int
}

func newChartPanel() *chartPanel { return &chartPanel{} }

// Lang sets the language.
func (c *chartPanel) Lang(l content.Lang) *chartPanel { c.Ilang = l; return c }

// Spec sets the chart's data.
func (c *chartPanel) Spec(s chartSpec) *chartPanel { c.Ispec = s; return c }

// Order sets the panel's position, which staggers its redraws.
func (c *chartPanel) Order(i int) *chartPanel { c.Iorder = i; return c }

// OnPreRender draws on the server, so the prerendered page has the charts.
func (c *chartPanel) OnPreRender(ctx app.Context) { c.draw() }

// OnMount draws the first time in the browser, staggered like an update.
func (c *chartPanel) OnMount(ctx app.Context) { c.schedule(ctx) }

// OnUpdate runs when the spec or language changed.
func (c *chartPanel) OnUpdate(ctx app.Context) { c.schedule(ctx) }

func (c *chartPanel) schedule(ctx app.Context) {
	c.revision++
	rev := c.revision
	ctx.After(time.Duration(1+c.Iorder)*16*time.Millisecond, func(ctx app.Context) {
		if rev == c.revision {
			c.draw()
		}
	})
}

// draw renders the chart unless its data and language are unchanged.
func (c *chartPanel) draw() {
	if c.svg != "" && c.drawnIn == c.Ilang && reflect.DeepEqual(c.drawn, c.Ispec) {
		return
	}
	ch, err := c.Ispec.draw(c.Ilang)
	c.failed = err != nil
	if err == nil {
		c.svg, c.table = string(ch.SVG), ch.Table
	}
	c.drawn, c.drawnIn = c.Ispec, c.Ilang
}

func (c *chartPanel) Render() app.UI {
	l := c.Ilang
	id := "chart-" + c.Ispec.Kind
	body := app.UI(app.Div().Class("chart").Aria("hidden", "true"))
	if c.svg != "" && !c.failed {
		body = app.Div().Class("chart").Aria("hidden", "true").Body(app.Raw(c.svg))
	}
	return app.Section().ID(id).Class("chart-panel").Aria("labelledby", id+"-title").Body(
		app.H3().ID(id+"-title").Text(l.T("chart."+c.Ispec.Kind+".heading")),
		body,
		app.Div().Class("chart-actions").Body(
			downloadLink(l.T("chart.download.svg"), id+".svg", "image/svg+xml", func() []byte { return []byte(c.svg) }),
			downloadLink(l.T("chart.download.png"), id+".png", "image/png", c.png),
			downloadLink(l.T("chart.download.csv"), id+".csv", "text/csv", func() []byte { return c.table.CSV() }),
		),
		newDataTable().Table(c.table).Summary(l.T("chart.table.show")),
	)
}

// png draws the chart again as a 2× PNG, only when asked for.
func (c *chartPanel) png() []byte {
	ch, err := c.drawn.draw(c.drawnIn)
	if err != nil {
		return nil
	}
	b, err := ch.PNG()
	if err != nil {
		return nil
	}
	return b
}
