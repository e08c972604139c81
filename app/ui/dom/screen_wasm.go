package dom

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// NarrowCharts reports whether the page's charts are shown narrower than
// ChartPhoneWidth. Every chart of a page sits in a column of the same
// width, so the first one answers for all. It measures the chart's panel,
// less its padding, not the chart: a panel off screen skips laying out
// what it holds (content-visibility: auto), whose width then reads 0 or
// the one it had at an earlier window's width. Between an input and the
// board's new charts the page may hold no panel; a column's width changes
// only with the window's, so the last answer stands while the window
// keeps its width. known is false where there is none.
func NarrowCharts() (narrow, known bool) {
	window := app.Window()
	width := window.Get("innerWidth").Int()
	panel := window.Get("document").Call("querySelector", ".chart-panel")
	if !panel.Truthy() {
		return lastCharts.narrow, lastCharts.known && lastCharts.window == width
	}
	style := window.Call("getComputedStyle", panel)
	padding := style.Get("paddingLeft").String() + " " + style.Get("paddingRight").String()
	var left, right float64
	fmt.Sscanf(padding, "%fpx %fpx", &left, &right)
	narrow = float64(panel.Get("clientWidth").Int())-left-right < ChartPhoneWidth
	lastCharts = chartsMeasure{narrow: narrow, known: true, window: width}
	return narrow, true
}

// lastCharts is NarrowCharts' last measure, with the window's width then.
var lastCharts chartsMeasure

type chartsMeasure struct {
	narrow, known bool
	window        int
}

// OnChartWidthChange runs f whenever the page's charts cross
// ChartPhoneWidth (a phone turned, a window resized across the desktop's
// switch to two columns), and returns what stops it. A chart's column
// changes width only with the window's, so the window's resize events are
// enough; f runs only on a crossing, not on every event of a drag. A page
// whose charts are not drawn yet has no width to cross from: its first
// known width counts as a crossing, since what the charts were drawn for
// is then unknown.
func OnChartWidthChange(f func()) (stop func()) {
	was, wasKnown := NarrowCharts()
	resized := app.FuncOf(func(app.Value, []app.Value) any {
		now, known := NarrowCharts()
		if !known || wasKnown && now == was {
			return nil
		}
		was, wasKnown = now, true
		f()
		return nil
	})
	app.Window().Call("addEventListener", "resize", resized)
	return func() {
		app.Window().Call("removeEventListener", "resize", resized)
		resized.Release()
	}
}
