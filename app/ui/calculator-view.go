package ui

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/estimate"
	"wattledger/app/ui/dom"
	"wattledger/app/ui/form"
	"wattledger/calc"
	"wattledger/content"
)

// calculatorView is the calculator: the form, the results and the charts.
// It owns the inputs; the URL's query string is their public form, so it
// reads them on every navigation and writes them back as the visitor types.
type calculatorView struct {
	app.Compo

	// Ilang is the page language.
	Ilang content.Lang
	// Icompact drops the explanations around the results (the embed widget).
	Icompact bool
	// Icontrols shows the form; embeds may hide it.
	Icontrols bool
	// Iview is the card a compact view shows ("result" or "sources").
	Iview string

	inputs estimate.Inputs
	// drafts holds what the visitor has typed per field, including empty
	// text, so a cleared field stays empty instead of snapping back to its
	// default while they type.
	drafts  map[calc.Field]string
	outcome estimate.Outcome
	err     error
	// computed is false until the inputs have been read from the URL: go-app
	// renders once before OnPreRender or OnMount has run.
	computed bool
	// query is the inputs' query string, written into the page so that the
	// guard script can tell a static page's default numbers from a link's.
	query string
	// storage says whether saved inputs were restored or had to be reset.
	storage storageStatus
	// dv is the link's data version and dvErr its error, until the visitor
	// changes an input (the link then no longer describes the page).
	dv    string
	dvErr error
	// board draws the charts off the keystroke's path; stopWidthWatch stops
	// its redrawing when the charts cross the phone layout's width.
	board          chartBoard
	stopWidthWatch func()
	// idleRev counts changes, so work deferred to a pause in the typing
	// runs once, for the last change.
	idleRev int
	// address is the URL the inputs were last read from or written to.
	// load reads only another one: go-app calls OnNav for the first page
	// too, after OnMount, and under load after the early input
	// (applyEarlyInputs) had changed the inputs but before the address bar
	// showed them; reading the address again then undid the visitor's
	// typing, and the delayed write put their value back in the address
	// bar only.
	address string
	// chartsCopy is the server's charts (dom.ServerCopy), kept until an
	// input changes or one of their buttons is pressed: drawing the four
	// charts again for the same inputs cost a phone's main thread about
	// two seconds at start. While the board draws, the copy stays, so the
	// charts never vanish.
	chartsCopy dom.ServerCopy
}

// actionQuery carries tag "value": the inputs' query string, after every
// change, so links elsewhere on the page (the language switch) keep up.
const actionQuery = "watt.query"

// chartsID is the charts' element id, and chartsHostID that of the element
// holding the server's copy meanwhile.
const (
	chartsID     = "charts"
	chartsHostID = "charts-host"
)

func newCalculatorView() *calculatorView { return &calculatorView{Icontrols: true} }

// Lang sets the page language.
func (c *calculatorView) Lang(l content.Lang) *calculatorView { c.Ilang = l; return c }

// Compact selects the embed layout.
func (c *calculatorView) Compact(v bool) *calculatorView { c.Icompact = v; return c }

// View sets the card a compact view shows.
func (c *calculatorView) View(v string) *calculatorView { c.Iview = v; return c }

// Controls shows or hides the form.
func (c *calculatorView) Controls(v bool) *calculatorView { c.Icontrols = v; return c }

// OnInit computes in the browser before the first render, from the URL's
// inputs, so the results are built once instead of empty and then again.
// Saved inputs need the context: OnMount applies them.
func (c *calculatorView) OnInit() {
	if u := dom.URL(); u != nil {
		c.read(u.Query())
		c.address = u.String()
		c.chartsCopy.Take(chartsID, c.resultsKey())
	}
}

// OnPreRender computes on the server, for the URL's own query, so the
// prerendered page already shows the link's numbers.
func (c *calculatorView) OnPreRender(ctx app.Context) { c.load(ctx, false) }

// OnMount listens to the form's actions and computes for the URL.
func (c *calculatorView) OnMount(ctx app.Context) {
	ctx.Handle(form.ActionSet, func(ctx app.Context, a app.Action) {
		c.set(ctx, calc.Field(a.Tags.Get("field")), a.Tags.Get("value"))
	})
	ctx.Handle(form.ActionPreset, func(ctx app.Context, a app.Action) { c.choosePreset(ctx, a.Tags.Get("value")) })
	ctx.Handle(form.ActionReset, func(ctx app.Context, a app.Action) { c.reset(ctx) })
	c.chartsCopy.PlaceIn(dom.ElementByID(chartsHostID))
	c.chartsCopy.OnButton(func(section string, i int) { c.ownCharts(ctx, section, i) })
	// The server's charts go once the board's are in the page (go-app
	// runs a Defer after its update), so the charts never leave it.
	c.board.onShown = func(ctx app.Context) { ctx.Defer(func(app.Context) { c.chartsCopy.Drop() }) }
	c.stopWidthWatch = c.board.redrawForWidth(ctx, func(ctx app.Context) { c.redrawCharts(ctx, true) })
	c.load(ctx, true)
	// After the form has mounted: its fields then show what was typed.
	ctx.Defer(c.applyEarlyInputs)
}

// OnDismount stops watching the page's width.
func (c *calculatorView) OnDismount() {
	if c.stopWidthWatch != nil {
		c.stopWidthWatch()
	}
}

// applyEarlyInputs takes what the visitor typed before the WebAssembly
// ran (dom.TakeEarlyInputs), all at once (estimate.Inputs.EditAll).
func (c *calculatorView) applyEarlyInputs(ctx app.Context) {
	early := dom.TakeEarlyInputs()
	if len(early) == 0 {
		return
	}
	drafts := map[calc.Field]string{}
	if _, preset := early[string(calc.FieldPreset)]; !preset {
		for f, v := range c.drafts {
			drafts[f] = v
		}
	}
	for f, v := range early {
		if calc.Field(f) != calc.FieldPreset {
			drafts[calc.Field(f)] = v
			showEarlyInput(f, v)
		}
	}
	c.inputs, c.drafts = c.inputs.EditAll(early), drafts
	c.changed(ctx)
}

// OnUpdate follows the parent's props: the embed page sets the view after
// this component has mounted, and the charts drawn for the old view would
// otherwise stay (none at all for a chart widget). On the server it draws
// at once: go-app renders the page (and this view, in the language of a
// route not yet read) before the page's OnPreRender reads the route, so
// the language arrives here, after this view's OnPreRender drew the charts
// in English; a redraw scheduled for later would never run there.
func (c *calculatorView) OnUpdate(ctx app.Context) { c.redrawCharts(ctx, app.IsClient) }

// OnNav runs in the browser on every later navigation.
func (c *calculatorView) OnNav(ctx app.Context) { c.load(ctx, true) }

// load reads the inputs from the URL (or, with no query, from what the
// visitor last used) and computes.
func (c *calculatorView) load(ctx app.Context, browser bool) {
	shown := true // what the last render showed is what load computes
	if u := ctx.Page().URL(); u.String() != c.address {
		c.read(u.Query())
		c.address = u.String()
		shown = false
	}
	if browser && c.inputs.IsZero() {
		if saved, status := loadSavedInputs(ctx); status != storageNone {
			c.inputs, c.storage = saved, status
			c.query = c.inputs.Encode()
			c.compute()
			shown = false
		}
	}
	c.redrawCharts(ctx, browser)
	if !browser {
		return
	}
	ctx.NewAction(actionQuery, app.T("value", c.query))
	if shown {
		// The first render (OnInit read the address) already put the
		// computed numbers in the page; go-app's update after this
		// OnMount changes nothing a visitor sees, and need not hold up
		// the first result.
		dom.MarkReady()
		return
	}
	// After this update has reached the DOM: data-app="ready" promises
	// that the numbers on the page are the computed ones.
	ctx.Defer(func(app.Context) { dom.MarkReady() })
}

// read takes the inputs and the data version from a URL's query and
// computes.
func (c *calculatorView) read(q url.Values) {
	c.idleRev++ // an address written for the inputs before is stale now
	c.inputs = estimate.FromQuery(q)
	c.drafts = map[calc.Field]string{}
	c.query = c.inputs.Encode()
	c.dv, c.dvErr = parseDataVersion(q)
	c.compute()
}

func (c *calculatorView) compute() {
	c.outcome, c.err = estimate.Estimate(c.inputs)
	if c.err == nil {
		c.err = c.dvErr
	}
	c.computed = true
}

// ok reports whether there are current results to show.
func (c *calculatorView) ok() bool { return c.computed && c.err == nil }

// set changes one input as the visitor types.
func (c *calculatorView) set(ctx app.Context, f calc.Field, v string) {
	// A fresh map: the form compares its fields with the previous render's,
	// and a map mutated in place would look unchanged.
	drafts := make(map[calc.Field]string, len(c.drafts)+1)
	for k, old := range c.drafts {
		drafts[k] = old
	}
	drafts[f] = v
	c.drafts = drafts
	c.inputs = c.inputs.Edit(f, v)
	c.changed(ctx)
}

// choosePreset starts over from a preset.
func (c *calculatorView) choosePreset(ctx app.Context, id string) {
	c.inputs = c.inputs.WithPreset(id)
	c.drafts = map[calc.Field]string{}
	c.changed(ctx)
}

// reset returns to the default preset with nothing changed.
func (c *calculatorView) reset(ctx app.Context) {
	c.inputs = estimate.Inputs{}
	c.drafts = map[calc.Field]string{}
	c.changed(ctx)
}

// changed recomputes at once and writes the result card's numbers into
// the page (paintResult); go-app re-renders the rest at its next frame.
// The address bar, the saved inputs and the
// page's links follow when the typing pauses (chartIdle): browsers throttle
// history.replaceState, and none of them is needed between keystrokes.
func (c *calculatorView) changed(ctx app.Context) {
	c.dv, c.dvErr = "", nil
	c.compute()
	dom.PaintResult(newResultView(c.Ilang, c.Icompact, c.outcome, c.ok()))
	c.query = c.inputs.Encode()
	c.redrawCharts(ctx, true)
	c.idleRev++
	rev, in, query := c.idleRev, c.inputs, c.query
	dom.AfterTimeout(chartIdle, func() {
		if rev == c.idleRev {
			dom.ReplaceQuery(query)
			c.address = ctx.Page().URL().String()
			saveInputs(ctx, in)
			ctx.NewAction(actionQuery, app.T("value", query))
		}
	})
	ctx.Defer(func(app.Context) { dom.MarkReady() })
}

// resultsKey says what a results section was rendered for: the language,
// the data version, the inputs' query string and the link's data version
// (dv, which can make the page show an error instead of results). A page
// the service worker cached for other inputs must not lend its results
// (dom.ServerCopy). The "?" keeps the key's end when the query is empty:
// go-app trims attribute values.
func (c *calculatorView) resultsKey() string {
	return dom.PrerenderKey(c.Ilang) + " ?" + c.query + " dv=" + c.dv
}

// chartSpecs are the full page's four charts, or the one an embed asks for.
func (c *calculatorView) chartSpecs() []chartSpec {
	specs := chartSpecs(c.Ilang, c.outcome)
	if !c.Icompact {
		return specs
	}
	kept := specs[:0]
	for _, s := range specs {
		if "chart-"+s.Kind == c.Iview {
			kept = append(kept, s)
		}
	}
	return kept
}

// redrawCharts draws the charts now on the server, later in the browser,
// unless the server's copy shows these inputs' charts.
func (c *calculatorView) redrawCharts(ctx app.Context, browser bool) {
	if !c.ok() {
		// A drawing scheduled for earlier inputs would read this invalid
		// outcome when it runs.
		c.board.cancel()
		return
	}
	if browser && len(c.board.shown) == 0 && c.chartsCopy.Holds(c.resultsKey()) {
		return
	}
	if browser {
		c.board.schedule(ctx, c.Ilang, c.chartSpecs)
	} else {
		c.board.drawNow(c.Ilang, c.chartSpecs())
	}
}

// ownCharts replaces the server's charts with the board's, drawn now, and
// then presses the button the visitor pressed in the copy (its section
// and index, dom.ServerCopy.OnButton): the copy's buttons have no
// handlers.
func (c *calculatorView) ownCharts(ctx app.Context, section string, i int) {
	ctx.Dispatch(func(ctx app.Context) {
		if !c.ok() || len(c.board.shown) > 0 {
			return
		}
		c.board.drawNow(c.Ilang, c.chartSpecs())
		c.chartsCopy.DropAtUpdate(ctx)
		ctx.Defer(func(app.Context) { dom.ClickButton(section, i) })
	})
}

func (c *calculatorView) charts() app.UI {
	shown := c.board.shown
	key := c.resultsKey()
	if len(shown) == 0 && c.chartsCopy.Holds(key) {
		return app.Div().ID(chartsHostID).Class("server-copy")
	}
	return app.Div().ID(chartsID).Class("charts").Attr("data-prerender", key).Body(app.Range(shown).Slice(func(i int) app.UI {
		return newChartPanel().Lang(c.Ilang).Chart(shown[i]).Run(calculatorRunName(c.Ilang, c.outcome))
	}))
}

func (c *calculatorView) Render() app.UI {
	l := c.Ilang
	var inputs app.UI = app.If(c.Icontrols, func() app.UI {
		return form.New().
			Lang(l).
			State(c.inputs, c.drafts, c.outcome.Resolved, c.err)
	})
	var results app.UI = app.Div().Class("results").Body(
		app.If(c.storage == storageReset, func() app.UI {
			return app.P().Class("notice").Role("status").Text(l.T("storage.reset"))
		}),
		newErrorBanner().Lang(l).Err(c.err),
		newDataVersionNotice().Lang(l).Link(c.dv),
		app.If(!c.Icompact || c.Iview != "sources", func() app.UI {
			return newResultCard().View(newResultView(l, c.Icompact, c.outcome, c.ok()), c.resultsKey())
		}),
		app.If(!c.Icompact, func() app.UI {
			return newPowerStack().View(newStackView(l, c.outcome, c.ok()))
		}),
		app.If(!c.Icompact, func() app.UI {
			return newResultTools().Lang(l).Key(c.resultsKey()).Result(c.query, runTitle(l, c.outcome), c.outcome, c.ok())
		}),
		app.If(!c.Icompact || c.Iview == "sources", func() app.UI {
			return newSourceList().Lang(l).Outcome(c.outcome, c.ok(), c.resultsKey())
		}),
		app.If(!c.Icompact && c.ok(), func() app.UI {
			return newCountryList().Lang(l).Outcome(c.outcome, c.resultsKey())
		}),
		app.If(!c.Icompact && c.ok(), func() app.UI {
			return newResultSources().Lang(l).Outcome(c.outcome)
		}),
	)
	first, second := inPageOrder(c.Icompact, inputs, results)
	return app.Div().ID("calculator").Class("calculator", dom.ClassIf("compact", c.Icompact)).Attr("data-query", c.query).Body(
		first,
		second,
		app.If(c.ok(), c.charts),
	)
}
