// Package chart draws Watt Ledger's charts as SVG (and PNG for downloads),
// in English or Simplified Chinese, from plain numbers.
//
// Each chart function takes a small input struct whose float64 fields carry
// their unit in their name (KWh, Hours, Tonnes) and a content.Lang, checks
// them, and returns a Chart: a Table with the same numbers for the
// accessible data table and the CSV download, an SVG method that draws it
// for a Layout (Desktop, 640×400, or Phone, 320 px wide with names above
// the bars and wrapped titles, its text at least 12 px), and a PNG method
// (the desktop layout, for downloads). Drawing waits for the call, so the
// browser draws only the layout its width shows. Titles, axis labels,
// value labels and the source line come from content/i18n/chart.*.json.
// Nothing is written to disk.
//
// All text is drawn and measured with one font, a subset of Noto Sans CJK SC
// made by `go generate ./app/chart` (see cmd/fontgen) and embedded here;
// web/fonts holds the same subset as WOFF2 for the browser, declared by
// web/fonts/fonts.css. Because layout in Go uses that font's own advance
// widths, labels are placed where the browser draws them, in both languages.
// Importing this package registers the font with gonum/plot and makes it
// plot's default, since the app draws no other plots; wattledger's go.mod
// replaces the Liberation fonts plot would otherwise link with blanks (see
// internal/noliberation).
//
// The package does not import go-app, so it is tested and benchmarked on the
// host: `go test ./app/chart -update` rewrites the golden SVGs in testdata
// (NAME.LANG.svg for the desktop, NAME.LANG.phone.svg for the phone).
package chart
