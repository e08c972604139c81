package main

import (
	"encoding/json"
	"net/url"
	"runtime/debug"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/estimate"
)

// storageKey holds the visitor's last inputs and language. Only this
// browser ever sees it: nothing is sent anywhere.
const storageKey = "watt-ledger"

// storageVersion changes when the stored format does; older or foreign
// values are discarded rather than guessed at.
const storageVersion = 1

// savedState is what localStorage holds.
type savedState struct {
	Version int    `json:"v"`
	Query   string `json:"q"`
	Lang    string `json:"lang,omitempty"`
}

// storageStatus says what loading saved state found.
type storageStatus int

const (
	storageNone     storageStatus = iota // nothing saved
	storageRestored                      // saved inputs restored
	storageReset                         // saved state unreadable, discarded
)

// loadSavedInputs restores the last inputs. Corrupt, foreign or old-format
// state, or inputs the model refuses, never break the page: the state is
// cleared and the caller shows a short notice.
func loadSavedInputs(ctx app.Context) (estimate.Inputs, storageStatus) {
	s, status := readSavedState(ctx)
	if status != storageRestored || s.Query == "" {
		return estimate.Inputs{}, status
	}
	in, ok := savedInputs(s.Query)
	if !ok {
		ctx.LocalStorage().Del(storageKey)
		return estimate.Inputs{}, storageReset
	}
	return in, storageRestored
}

func readSavedState(ctx app.Context) (savedState, storageStatus) {
	storage := ctx.LocalStorage()
	if !storage.Contains(storageKey) {
		return savedState{}, storageNone
	}
	var raw json.RawMessage
	if err := storage.Get(storageKey, &raw); err != nil {
		storage.Del(storageKey)
		return savedState{}, storageReset
	}
	s, ok := decodeSavedState(raw)
	if !ok {
		storage.Del(storageKey)
		return savedState{}, storageReset
	}
	return s, storageRestored
}

// decodeSavedState parses what localStorage held, refusing anything that
// is not this version's format.
func decodeSavedState(raw []byte) (savedState, bool) {
	var s savedState
	if err := json.Unmarshal(raw, &s); err != nil || s.Version != storageVersion {
		return savedState{}, false
	}
	if s.Lang != "" && s.Lang != "en" && s.Lang != "zh" {
		return savedState{}, false
	}
	return s, true
}

// savedInputs parses a saved query into inputs the model accepts.
func savedInputs(query string) (estimate.Inputs, bool) {
	q, err := url.ParseQuery(query)
	if err != nil {
		return estimate.Inputs{}, false
	}
	in := estimate.FromQuery(q)
	if _, err := estimate.Estimate(in); err != nil {
		return estimate.Inputs{}, false
	}
	return in, true
}

// saveInputs records the inputs, keeping the saved language.
func saveInputs(ctx app.Context, in estimate.Inputs) {
	s, _ := readSavedState(ctx)
	s.Version, s.Query = storageVersion, in.Encode()
	ctx.LocalStorage().Set(storageKey, s)
}

// saveLang records the language the visitor chose.
func saveLang(ctx app.Context, lang string) {
	s, _ := readSavedState(ctx)
	s.Version, s.Lang = storageVersion, lang
	ctx.LocalStorage().Set(storageKey, s)
}

// replaceQuery puts the inputs in the address bar without a history entry
// per keystroke, so a copied URL is always a share link of what is shown.
func replaceQuery(query string) {
	if !app.IsClient {
		return
	}
	loc := app.Window().Get("location")
	u := loc.Get("pathname").String()
	if query != "" {
		u += "?" + query
	}
	u += loc.Get("hash").String()
	app.Window().Get("history").Call("replaceState", nil, "", u)
}

// pauseGCUntilReady turns the garbage collector off while the page starts:
// most of what start-up allocates (tables, catalogues, the first page) lives
// as long as the page, so collecting in between is wasted work on the
// path to the first result. markReady turns it back on.
func pauseGCUntilReady() { debug.SetGCPercent(-1) }

var resumeGC sync.Once

// markReady sets the DOM contract's <html data-app="ready"> once the
// WebAssembly has computed (an invalid input shows #input-error instead of
// results, and the page is still ready), and clears the guard's pending
// state. Callers run it as a ctx.Defer, after go-app's update. go-app runs
// the components' OnMount as dispatches and may run a Defer between two
// of them, and some OnMount put the server's copy of their element, the
// result card's among them, into the page (prerendered.go): while copies
// are pending, the page becomes ready when the last is placed, or at the
// latest on the next turn of the event loop.
func markReady() {
	if !app.IsClient {
		return
	}
	if pendingCopies > 0 {
		readyWaits = true
		afterTimeout(0, setReady)
		return
	}
	setReady()
}

// readyWaits is true while markReady waits for the server's copies.
var readyWaits bool

// copiesPlaced runs when the last pending server copy is in the page.
func copiesPlaced() {
	if readyWaits {
		setReady()
	}
}

func setReady() {
	readyWaits = false
	resumeGC.Do(func() { debug.SetGCPercent(100) })
	root := app.Window().Get("document").Get("documentElement")
	root.Get("classList").Call("remove", "pending")
	if isReady {
		return
	}
	isReady = true
	root.Call("setAttribute", "data-app", "ready")
	// For traces of a load (tools/wasmprof), beside main's go-main.
	app.Window().Get("performance").Call("mark", "app-ready")
	for _, f := range whenReady {
		afterTimeout(0, f)
	}
	whenReady = nil
}

// isReady is true once the page is ready, and whenReady holds what waits
// for it.
var (
	isReady   bool
	whenReady []func()
)

// afterReady runs f once the page is ready, from a later turn of the
// browser's event loop, so that work which can wait does not delay the
// first result (and a keystroke in between is handled first).
func afterReady(f func()) {
	if isReady {
		afterTimeout(0, f)
		return
	}
	whenReady = append(whenReady, f)
}
