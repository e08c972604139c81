package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/estimate"
	"wattledger/app/ui/dom"
	"wattledger/content"
)

// exportResult offers the current result as CSV and JSON: every input with
// its effective value and origin, every output with its range, the sources
// cited and the data version (estimate.Export). The files are made on
// click and saved through a Blob; nothing leaves the page.
type exportResult struct {
	app.Compo

	Ilang content.Lang
	Iout  estimate.Outcome
	Iok   bool
}

func newExportResult() *exportResult { return &exportResult{} }

// Lang sets the language.
func (x *exportResult) Lang(l content.Lang) *exportResult { x.Ilang = l; return x }

// Outcome sets what is exported; ok is false while an input is invalid,
// and the buttons are then hidden.
func (x *exportResult) Outcome(o estimate.Outcome, ok bool) *exportResult {
	x.Iout, x.Iok = o, ok
	return x
}

// filename is watt-ledger-PRESET-DATAVERSION.EXT.
func (x *exportResult) filename(ext string) string {
	return "watt-ledger-" + bibKey(x.Iout.Preset.ID) + "-" + content.DataVersion + "." + ext
}

func (x *exportResult) Render() app.UI {
	l := x.Ilang
	if !x.Iok {
		return app.Div().Class("export-result")
	}
	out := x.Iout
	return app.Div().ID("export-result").Class("export-result").Body(
		app.Span().Class("export-label").Title(l.T("export.lede")).Text(l.T("export.title")+": "),
		dom.DownloadButton(l.T("export.csv"), x.filename("csv"), "text/csv;charset=utf-8", func() []byte {
			return estimate.NewExport(out).CSV()
		}),
		app.Text(" "),
		dom.DownloadButton(l.T("export.json"), x.filename("json"), "application/json", func() []byte {
			return estimate.NewExport(out).JSON()
		}),
	)
}
