package ui

import (
	"reflect"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/chart"
	"wattledger/app/ui/dom"
	"wattledger/content"
)

// drawnChart is one chart as drawn: its data, language, table and its SVG
// in the desktop layout, the phone's, or both (chartSpec.draw).
type drawnChart struct {
	Spec   chartSpec
	Lang   content.Lang
	SVG    string
	Phone  string
	Table  chart.Table
	Failed bool
}

// desktopSVG is the chart in its desktop layout, the one downloads keep,
// drawn now if the browser drew only the phone's.
func (d drawnChart) desktopSVG() string {
	if d.SVG == "" && !d.Failed {
		return d.Spec.draw(d.Lang, []chart.Layout{chart.Desktop}).SVG
	}
	return d.SVG
}

// screenLayouts are the layouts to draw: the one the page shows at its
// charts' width now, or both where the width is unknown (the server's
// page). When the charts' boxes cross dom.ChartPhoneWidth, the views
// redraw (chartBoard.redrawForWidth) and drawOne draws the layout now
// missing; until then web/app.css shows the one drawn, at either width.
func screenLayouts() []chart.Layout {
	narrow, known := dom.NarrowCharts()
	switch {
	case !known:
		return chart.Layouts
	case narrow:
		return []chart.Layout{chart.Phone}
	}
	return []chart.Layout{chart.Desktop}
}

// chartBoard draws the calculator's charts away from the keystroke's path.
//
// Drawing one chart in the WebAssembly takes 10 to 20 ms. While the
// visitor types, nothing is drawn; once the input has been still for
// chartIdle, the charts whose data changed are drawn one per turn of the
// browser's event loop (so a keystroke in between is handled at once), and
// shown together in a single update.
type chartBoard struct {
	shown   []drawnChart
	pending []drawnChart
	rev     int
	// drawing is true while a scheduled redraw has not yet been shown:
	// its layouts were chosen for the width when each chart was drawn.
	drawing bool
	// onShown, if set, runs when a drawing is shown, before the update
	// that puts it in the page.
	onShown func(app.Context)
}

// chartIdle is how long the input must rest before charts are redrawn.
const chartIdle = 30 * time.Millisecond

// drawNow draws every chart at once, for the server's prerendered page.
func (b *chartBoard) drawNow(l content.Lang, specs []chartSpec) {
	b.rev++
	layouts := screenLayouts()
	b.shown = make([]drawnChart, len(specs))
	for i, s := range specs {
		b.shown[i] = b.drawOne(l, s, layouts)
	}
}

// schedule redraws the charts once the input is idle; a later call
// cancels an earlier one still in progress. specs is called then, not now,
// so that deriving the charts' data also stays off the keystroke's path.
// The layouts are chosen once, for the width then: if the charts cross
// dom.ChartPhoneWidth before they are shown, redrawForWidth starts again.
func (b *chartBoard) schedule(ctx app.Context, l content.Lang, specs func() []chartSpec) {
	b.rev++
	b.drawing = true
	rev := b.rev
	var todo []chartSpec
	var layouts []chart.Layout
	var step func(i int)
	step = func(i int) {
		if rev != b.rev {
			return
		}
		if i == 0 {
			todo, layouts = specs(), screenLayouts()
			b.pending = make([]drawnChart, len(todo))
		}
		if i == len(todo) {
			ctx.Dispatch(func(ctx app.Context) {
				if rev == b.rev {
					b.shown, b.drawing = b.pending, false
					if b.onShown != nil {
						b.onShown(ctx)
					}
				}
			})
			return
		}
		b.pending[i] = b.drawOne(l, todo[i], layouts)
		dom.AfterTimeout(0, func() { step(i + 1) })
	}
	dom.AfterTimeout(chartIdle, func() { step(0) })
}

// cancel stops a scheduled redraw.
func (b *chartBoard) cancel() { b.rev++; b.drawing = false }

// drawOne reuses a shown chart whose data and language are unchanged and
// which has the layouts given, or draws it in them.
func (b *chartBoard) drawOne(l content.Lang, s chartSpec, layouts []chart.Layout) drawnChart {
	for _, d := range b.shown {
		if d.Lang == l && d.has(layouts) && reflect.DeepEqual(d.Spec, s) {
			return d
		}
	}
	return s.draw(l, layouts)
}

// has reports whether d is drawn in every one of layouts (a chart that
// failed to draw has nothing more to draw).
func (d drawnChart) has(layouts []chart.Layout) bool {
	for _, l := range layouts {
		if !d.Failed && (l == chart.Phone && d.Phone == "" || l == chart.Desktop && d.SVG == "") {
			return false
		}
	}
	return true
}

// redrawForWidth redraws the charts, through redraw, when their boxes
// cross dom.ChartPhoneWidth and a shown chart lacks the layout it needs
// now: a phone turned to landscape would otherwise show its phone drawing
// stretched, a desktop window narrowed to two columns its desktop drawing
// shrunk. A redraw still in progress (an input just before the turn) may
// have drawn some charts for the old width, so it starts again. The
// server's copy of the charts (shown is empty until the board has drawn)
// holds both layouts. It returns what stops the watching, for the view's
// OnDismount.
func (b *chartBoard) redrawForWidth(ctx app.Context, redraw func(app.Context)) (stop func()) {
	return dom.OnChartWidthChange(func() {
		ctx.Dispatch(func(ctx app.Context) {
			if b.drawing {
				redraw(ctx)
				return
			}
			layouts := screenLayouts()
			for _, d := range b.shown {
				if !d.has(layouts) {
					redraw(ctx)
					return
				}
			}
		})
	})
}
