package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/estimate"
	"wattledger/app/ui/dom"
	"wattledger/content"
)

// resultDownloads offers the current result as CSV and JSON: every input with
// its effective value and origin, every output with its range, the sources
// cited and the data version (estimate.Export). The files are made on
// click and saved through a Blob; nothing leaves the page.
type resultDownloads struct {
	app.Compo

	Ilang content.Lang
	Iout  estimate.Outcome
	Iok   bool
}

func newResultDownloads() *resultDownloads { return &resultDownloads{} }

// Lang sets the language.
func (x *resultDownloads) Lang(l content.Lang) *resultDownloads { x.Ilang = l; return x }

// Outcome sets what is exported; ok is false while an input is invalid,
// and the buttons are then hidden.
func (x *resultDownloads) Outcome(o estimate.Outcome, ok bool) *resultDownloads {
	x.Iout, x.Iok = o, ok
	return x
}

// filename is watt-ledger-PRESET-DATAVERSION.EXT.
func (x *resultDownloads) filename(ext string) string {
	return "watt-ledger-" + bibKey(x.Iout.Preset.ID) + "-" + content.DataVersion + "." + ext
}

func (x *resultDownloads) Render() app.UI {
	l := x.Ilang
	if !x.Iok {
		return app.Div().Class("export-result")
	}
	out := x.Iout
	return app.Div().ID("export-result").Class("export-result").Body(
		app.Span().Class("export-label").Title(l.T("export.lede")).Text(l.T("export.label")),
		dom.DownloadButton(l.T("export.csv"), x.filename("csv"), "text/csv;charset=utf-8", func() []byte {
			return estimate.NewExport(out).CSV()
		}),
		app.Text(" "),
		dom.DownloadButton(l.T("export.json"), x.filename("json"), "application/json", func() []byte {
			return estimate.NewExport(out).JSON()
		}),
	)
}
