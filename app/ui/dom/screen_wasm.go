package dom

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// NarrowCharts reports whether the page's charts are shown narrower than
// ChartPhoneWidth. Every chart of a page sits in a column of the same
// width, so the first one answers for all; known is false on a page
// without one. It measures the chart's panel, less its padding, not the
// chart: a panel off screen skips laying out what it holds
// (content-visibility: auto), whose width then reads 0 or the one it had
// at an earlier window's width.
func NarrowCharts() (narrow, known bool) {
	panel := app.Window().Get("document").Call("querySelector", ".chart-panel")
	if !panel.Truthy() {
		return false, false
	}
	style := app.Window().Call("getComputedStyle", panel)
	padding := style.Get("paddingLeft").String() + " " + style.Get("paddingRight").String()
	var left, right float64
	fmt.Sscanf(padding, "%fpx %fpx", &left, &right)
	return float64(panel.Get("clientWidth").Int())-left-right < ChartPhoneWidth, true
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
