package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/chart"
)

// dataTable shows a chart's data as a table inside a disclosure: the
// accessible alternative to the picture, read by screen readers.
type dataTable struct {
	app.Compo
	Itable   chart.Table
	Isummary string
}

func newDataTable() *dataTable { return &dataTable{} }

// Table sets the data.
func (d *dataTable) Table(t chart.Table) *dataTable { d.Itable = t; return d }

// Summary sets the disclosure's label.
func (d *dataTable) Summary(s string) *dataTable { d.Isummary = s; return d }

func (d *dataTable) Render() app.UI {
	t := d.Itable
	return app.Details().Body(
		app.Summary().Text(d.Isummary),
		app.Div().Class("table-wrap").Body(app.Table().Class("cards").Body(
			app.Caption().Text(t.Caption),
			app.THead().Body(app.Tr().Body(app.Range(t.Header).Slice(func(i int) app.UI {
				return app.Th().Scope("col").Text(t.Header[i])
			}))),
			app.TBody().Body(app.Range(t.Rows).Slice(func(i int) app.UI {
				row := t.Rows[i]
				return app.Tr().Body(app.Range(row).Slice(func(j int) app.UI {
					if j == 0 {
						return app.Th().Scope("row").Text(row[j])
					}
					td := app.Td()
					if j < len(t.Header) && t.Header[j] != "" {
						td = td.Attr("data-label", t.Header[j])
					}
					return td.Text(row[j])
				}))
			})),
		)),
	)
}
