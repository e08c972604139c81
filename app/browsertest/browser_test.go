//go:build !js

package browsertest

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"wattledger/internal/chrome"
)

// Waits. They only matter when something is broken: a page that works is
// ready in one or two seconds.
const (
	loadTimeout  = 30 * time.Second // navigation to the load event
	readyTimeout = 30 * time.Second // load to data-app="ready" (wasm download and compile)
	stepTimeout  = 10 * time.Second // one evaluation, click or recompute
)

// browser is the shared Chromium. Each test opens tabs in browser contexts
// of their own, so no storage, cache or service worker leaks between them.
var (
	browserMu  sync.Mutex // guards browserCtx once the tests run
	browserCtx context.Context
	browserOut = &tailBuffer{max: 16 << 10}
)

// startBrowser starts headless Chromium with a fresh profile directory
// (package chrome has the flags this machine needs).
func startBrowser(cleanup func(func())) error {
	a, err := chrome.New(context.Background(), chrome.Config{ExecPath: suite.chrome, Output: browserOut})
	if err != nil {
		return err
	}
	cleanup(func() { a.Close() })
	start, cancelStart := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancelStart()
	ctx, err := a.Start(start)
	if err != nil {
		return fmt.Errorf("%w\n%s", err, browserOut)
	}
	browserCtx = ctx
	return nil
}

// tab is one page in its own browser context, with the console errors and
// uncaught exceptions it has seen. Subtests share their parent's tab with
// tb.in(t): the origins they visit are separate sites to the browser (one
// port each), so they share no storage or service worker.
type tab struct {
	t *testing.T
	*session
}

type session struct {
	ctx context.Context

	mu       sync.Mutex
	problems []string
}

// in returns the same tab reporting to t.
func (tb *tab) in(t *testing.T) *tab { return &tab{t: t, session: tb.session} }

// newTab opens a tab in a new browser context, closed when the test ends.
func newTab(t *testing.T) *tab {
	t.Helper()
	requireBrowser(t)
	browserMu.Lock()
	if browserCtx.Err() != nil {
		// Something ended the browser (a crash, or a kill from outside):
		// the test that saw it failed with its output; start another.
		t.Logf("the browser had exited, starting another; its output:\n%s", browserOut)
		if err := startBrowser(cleanups.add); err != nil {
			browserMu.Unlock()
			t.Fatalf("restarting Chromium: %v", err)
		}
	}
	bctx := browserCtx
	browserMu.Unlock()
	ctx, cancel := chromedp.NewContext(bctx, chromedp.WithNewBrowserContext())
	t.Cleanup(cancel)
	tb := &tab{t: t, session: &session{ctx: ctx}}
	// Listen opens the tab, before any navigation, so nothing is missed.
	if err := chromedp.Listen(ctx, tb.onEvent); err != nil {
		t.Fatalf("opening a tab: %v\n%s", err, browserOut)
	}
	run(tb, stepTimeout, "installing the page tracker", chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: trackerJS})
		return err
	}))
	return tb
}

// trackerJS runs in every document before the page's scripts. It keeps
// window.__wl.last, the time of the last DOM change (waits poll for a
// quiet DOM instead of sleeping), and window.__wl.ready, what the DOM
// contract showed at the moment <html data-app="ready"> was set.
const trackerJS = `(() => {
	const wl = { last: performance.now(), ready: [] };
	Object.defineProperty(window, "__wl", { value: wl });
	new MutationObserver(() => { wl.last = performance.now(); })
		.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
	const setAttribute = Element.prototype.setAttribute;
	Element.prototype.setAttribute = function (name, value) {
		if (this === document.documentElement && name === "data-app" && value === "ready" &&
			this.getAttribute("data-app") !== "ready") {
			const energy = document.querySelector("#energy");
			wl.ready.push({
				path: location.pathname + location.search,
				lang: document.documentElement.lang,
				energy: energy !== null,
				kwh: energy?.dataset.kwh ?? null,
				inputError: document.querySelector("#input-error") !== null,
			});
		}
		return setAttribute.call(this, name, value);
	};
})()`

// onEvent records console.error and console.assert calls, uncaught
// exceptions and error entries of the browser log (failed requests, CSP
// violations). It runs in the tab's event loop, so it only appends.
func (tb *session) onEvent(ev any) {
	var p string
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if ev.Type != runtime.ConsoleAPICalledTypeError && ev.Type != runtime.ConsoleAPICalledTypeAssert {
			return
		}
		var args []string
		for _, a := range ev.Args {
			args = append(args, remoteText(a))
		}
		p = "console." + string(ev.Type) + ": " + strings.Join(args, " ")
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		p = "uncaught exception: " + d.Text
		if d.Exception != nil {
			p += " " + d.Exception.Description
		}
		if d.URL != "" {
			p += fmt.Sprintf(" (%s:%d)", d.URL, d.LineNumber+1)
		}
	case *cdplog.EventEntryAdded:
		if ev.Entry.Level != cdplog.EntryLevelError {
			return
		}
		p = "browser log (" + string(ev.Entry.Source) + "): " + ev.Entry.Text
		if ev.Entry.URL != "" {
			p += " " + ev.Entry.URL
		}
	default:
		return
	}
	tb.mu.Lock()
	tb.problems = append(tb.problems, p)
	tb.mu.Unlock()
}

func remoteText(o *runtime.RemoteObject) string {
	if o == nil {
		return ""
	}
	if len(o.Value) > 0 {
		if s, err := strconv.Unquote(string(o.Value)); err == nil {
			return s
		}
		return string(o.Value)
	}
	if o.UnserializableValue != "" {
		return string(o.UnserializableValue)
	}
	return o.Description
}

// takeProblems returns the console errors seen since the last call.
func (tb *session) takeProblems() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	p := tb.problems
	tb.problems = nil
	return p
}

// expectNoProblems fails the test if the page logged errors since the last
// check; what it names is where the check happens.
func (tb *tab) expectNoProblems(what string) {
	tb.t.Helper()
	if p := tb.takeProblems(); len(p) > 0 {
		tb.t.Errorf("%s: %d console errors or exceptions:\n  %s", what, len(p), strings.Join(p, "\n  "))
	}
}

// run runs one action with a timeout and fails the test on error, with
// what the page shows.
func run[T any](tb *tab, timeout time.Duration, what string, a chromedp.Action[T]) T {
	tb.t.Helper()
	v, err := try(tb, timeout, a)
	if err != nil {
		tb.fatalf("%s: %v", what, err)
	}
	return v
}

func try[T any](tb *tab, timeout time.Duration, a chromedp.Action[T]) (T, error) {
	ctx, cancel := context.WithTimeout(tb.ctx, timeout)
	defer cancel()
	return chromedp.Run(ctx, a)
}

func eval[T any](tb *tab, js string) T {
	tb.t.Helper()
	return run(tb, stepTimeout, "evaluating "+firstLine(js), chromedp.Evaluate[T](js))
}

// fatalf ends the test with the message and the page's state: its URL,
// its #input-error and the console errors it logged.
func (tb *tab) fatalf(format string, args ...any) {
	tb.t.Helper()
	tb.t.Fatalf(format+"\n%s", append(args, tb.diagnostics())...)
}

func (tb *tab) errorf(format string, args ...any) {
	tb.t.Helper()
	tb.t.Errorf(format+"\n%s", append(args, tb.diagnostics())...)
}

func (tb *tab) diagnostics() string {
	var b strings.Builder
	browserMu.Lock()
	exited := browserCtx.Err() != nil
	browserMu.Unlock()
	if exited {
		fmt.Fprintf(&b, "  the browser has exited; its output:\n%s\n", browserOut)
	}
	ctx, cancel := context.WithTimeout(tb.ctx, 3*time.Second)
	defer cancel()
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](`JSON.stringify({
		url: location.href,
		dataApp: document.documentElement.dataset.app ?? null,
		inputError: document.querySelector('#input-error')?.innerText ?? null,
		inputErrorField: document.querySelector('#input-error')?.dataset.field ?? null,
	})`))
	if err != nil {
		fmt.Fprintf(&b, "  page state: unreadable (%v)\n", err)
	} else {
		fmt.Fprintf(&b, "  page state: %s\n", s)
	}
	tb.mu.Lock()
	p := slicesClone(tb.problems)
	tb.mu.Unlock()
	if len(p) == 0 {
		b.WriteString("  console errors: none")
	} else {
		b.WriteString("  console errors:\n    " + strings.Join(p, "\n    "))
	}
	return b.String()
}

func slicesClone(s []string) []string { return append([]string(nil), s...) }

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i] + " …"
	}
	if len(s) > 80 {
		s = s[:80] + "…"
	}
	return s
}

// open loads url, waits for the load event and touches the page: Go
// starts at a visitor's first touch, click, key or focus (app/site/boot.js).
func (tb *tab) open(url string) {
	tb.t.Helper()
	tb.openUntouched(url)
	tb.touch()
}

// openUntouched loads url and waits for the load event, as a visitor who
// only reads.
func (tb *tab) openUntouched(url string) {
	tb.t.Helper()
	run(tb, loadTimeout, "loading "+url, chromedp.Navigate(url))
}

// touch dispatches a visitor's tap on the page, outside any control: its
// pointerdown shows intent, its click ends the gesture.
func (tb *tab) touch() {
	tb.t.Helper()
	eval[bool](tb, `(() => {
		const root = document.documentElement;
		root.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true }));
		return root.dispatchEvent(new MouseEvent("click", { bubbles: true }));
	})()`)
}

// quietMS is how long the DOM must go unchanged before a page counts as
// settled: go-app renders in several passes after data-app="ready" is set
// (see TestReadyMeansComputed), so a check right after it can see a
// half-rendered page.
const quietMS = 150

// waitReady waits for the DOM contract's <html data-app="ready">, then for
// the page to settle: a calculator showing numbers or #input-error, and no
// DOM change for quietMS.
func (tb *tab) waitReady() {
	tb.t.Helper()
	tb.settle(`document.documentElement.dataset.app === "ready" &&
		(document.querySelector("#calculator") === null ||
		 document.querySelector("#energy[data-kwh]") !== null ||
		 document.querySelector("#input-error") !== null)`,
		`<html data-app="ready"> and a computed result (the WebAssembly did not start or compute)`)
}

// settle waits until the JavaScript condition holds and the DOM has not
// changed for quietMS.
func (tb *tab) settle(cond, what string) {
	tb.t.Helper()
	tb.poll(readyTimeout, fmt.Sprintf("(%s) && performance.now() - window.__wl.last > %d", cond, quietMS), what)
}

// load opens url and waits for data-app="ready".
func (tb *tab) load(url string) {
	tb.t.Helper()
	tb.open(url)
	tb.waitReady()
}

// poll waits until the JavaScript expression is truthy.
func (tb *tab) poll(timeout time.Duration, js, what string) {
	tb.t.Helper()
	_, err := try(tb, timeout+5*time.Second, chromedp.Poll[chromedp.Void](js,
		chromedp.WithPollingTimeout(timeout), chromedp.WithPollingInterval(25*time.Millisecond)))
	if err != nil {
		if errors.Is(err, chromedp.ErrPollingTimeout) {
			err = fmt.Errorf("not true after %v: %s", timeout, js)
		}
		tb.fatalf("waiting for %s: %v", what, err)
	}
}

// setValue sets a field's value at once and sends its input event, as a
// paste does: one change, where typeInto sends a key at a time.
func (tb *tab) setValue(sel, value string) {
	tb.t.Helper()
	eval[bool](tb, fmt.Sprintf(`(() => {
		const f = document.querySelector(%q);
		f.value = %q;
		f.dispatchEvent(new Event("input", { bubbles: true }));
		return true;
	})()`, sel, value))
}

// typeInto clears a text input with the keyboard (End, then Backspace for
// every character) and types text, as a visitor would. After each key it
// waits until the app has taken it: the field and the address bar show the
// value. Keys sent faster than that race go-app's re-render, which can
// write an older value back into the field: a bug of the app, which these
// tests step around so that they check the rest.
func (tb *tab) typeInto(sel, text string) {
	tb.t.Helper()
	cur := eval[string](tb, fmt.Sprintf(`document.querySelector(%q).value`, sel))
	param := eval[string](tb, fmt.Sprintf(`document.querySelector(%q).name`, sel))
	run(tb, stepTimeout, "focusing "+sel, chromedp.SendKeys(chromedp.CSS(sel), kb.End))
	key := func(k, want string) {
		tb.t.Helper()
		run(tb, stepTimeout, fmt.Sprintf("typing %q into %s", k, sel), chromedp.KeyEvent(k))
		tb.poll(stepTimeout, fmt.Sprintf(`document.querySelector(%q).value === %q &&
			(new URLSearchParams(location.search).get(%q) ?? "") === %q`, sel, want, param, strings.TrimSpace(want)),
			fmt.Sprintf("%s and ?%s= to show %q", sel, param, want))
	}
	for r := []rune(cur); len(r) > 0; {
		r = r[:len(r)-1]
		key(kb.Backspace, string(r))
	}
	var typed []rune
	for _, r := range text {
		typed = append(typed, r)
		key(string(r), string(typed))
	}
}

// contract is the DOM contract as the page shows it now. A missing element
// or attribute is nil.
type contract struct {
	Ready      bool     `json:"ready"`
	Lang       string   `json:"lang"`
	Title      string   `json:"title"`
	Href       string   `json:"href"`
	Search     string   `json:"search"`
	Energy     bool     `json:"energy"`
	KWh        *string  `json:"kwh"`
	KWhLow     *string  `json:"kwhLow"`
	KWhHigh    *string  `json:"kwhHigh"`
	KG         *string  `json:"kg"`
	Households *string  `json:"households"`
	Share      *string  `json:"share"`
	MW         *string  `json:"mw"`
	ErrorField *string  `json:"errorField"`
	ErrorText  *string  `json:"errorText"`
	Sources    []source `json:"sources"`
	Text       string   `json:"text"`
}

type source struct {
	ID    string  `json:"id"`
	Value *string `json:"value"`
	Unit  *string `json:"unit"`
}

const contractJS = `(() => {
	const q = (s) => document.querySelector(s);
	const data = (s, k) => q(s)?.dataset[k] ?? null;
	return {
		ready: document.documentElement.dataset.app === "ready",
		lang: document.documentElement.lang,
		title: document.title,
		href: location.href,
		search: location.search,
		energy: q("#energy") !== null,
		kwh: data("#energy", "kwh"),
		kwhLow: data("#energy", "kwhLow"),
		kwhHigh: data("#energy", "kwhHigh"),
		kg: data("#co2", "kg"),
		households: data("#households", "value"),
		share: data("#country-share", "percent"),
		mw: data("#power-mw", "mw"),
		errorField: data("#input-error", "field"),
		errorText: q("#input-error")?.innerText ?? null,
		sources: [...document.querySelectorAll("[data-source]")].map((e) => ({
			id: e.dataset.source, value: e.dataset.value ?? null, unit: e.dataset.unit ?? null,
		})),
		text: document.body.innerText,
	};
})()`

func (tb *tab) contract() contract {
	tb.t.Helper()
	return eval[contract](tb, contractJS)
}

// num parses a data attribute; a missing or unparsable one fails the test.
func (tb *tab) num(name string, v *string) float64 {
	tb.t.Helper()
	if v == nil {
		tb.fatalf("%s is missing", name)
	}
	f, err := strconv.ParseFloat(*v, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		tb.fatalf("%s = %q is not a finite number", name, *v)
	}
	return f
}

// near checks got against want within a relative tolerance.
func (tb *tab) near(name string, got, want, rel float64) {
	tb.t.Helper()
	if math.Abs(got-want) > rel*math.Abs(want) {
		tb.errorf("%s = %g, want %g ± %g%% (off by %+.3f%%)", name, got, want, rel*100, (got-want)/want*100)
	}
}

// badText finds what must never reach a reader: NaN, Infinity, undefined,
// a Go format verb's error or a translation's unfilled {placeholder}.
var badText = regexp.MustCompile(`\bNaN\b|Infinity|\bundefined\b|%!|\{[a-z_]+\}`)

func (tb *tab) expectCleanText(what string, c contract) {
	tb.t.Helper()
	if m := badText.FindAllStringIndex(c.Text, 3); m != nil {
		var ctx []string
		for _, r := range m {
			lo, hi := max(0, r[0]-40), min(len(c.Text), r[1]+40)
			ctx = append(ctx, strconv.Quote(c.Text[lo:hi]))
		}
		tb.errorf("%s: the page text shows %s", what, strings.Join(ctx, ", "))
	}
}

// screenshot saves a full-page PNG in out/screenshots/<TestName>/. It
// shows the sections below the first screen as a visitor sees them once
// scrolled to: a capture that never scrolls would show them blank, as the
// browser lays them out only near the viewport (content-visibility in
// app.css; TestLaidOutWhenScrolledTo checks that scrolling does).
func (tb *tab) screenshot(name string) string {
	tb.t.Helper()
	eval[bool](tb, showAllJS)
	afterFrames(tb)
	defer eval[bool](tb, `(document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== window.__showAll), true)`)
	buf := run(tb, 30*time.Second, "screenshot "+name, chromedp.FullScreenshot(100))
	dir := filepath.Join(suite.root, "out", "screenshots", safeName(tb.t.Name()))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		tb.t.Fatal(err)
	}
	p := filepath.Join(dir, unsafeChars.ReplaceAllString(name, "_")+".png")
	if err := os.WriteFile(p, buf, 0o644); err != nil {
		tb.t.Fatal(err)
	}
	return p
}

// showAllJS lays out every section for a capture. It adds a constructed
// style sheet: the page's policy refuses a <style> element.
const showAllJS = `(() => {
  const s = new CSSStyleSheet();
  s.replaceSync("* { content-visibility: visible !important; }");
  window.__showAll = s;
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, s];
  return true;
})()`

var unsafeChars = regexp.MustCompile(`[^A-Za-z0-9._@-]+`)

// safeName makes a test or page name a file name: "TestX/zh_embed".
func safeName(s string) string {
	parts := strings.Split(s, "/")
	for i, p := range parts {
		parts[i] = strings.Trim(unsafeChars.ReplaceAllString(p, "_"), "_")
	}
	return filepath.Join(parts...)
}

// origins are the two ways the site is served: both must behave the same.
func origins() []struct{ name, url string } {
	return []struct{ name, url string }{{"go", suite.goURL}, {"static", suite.staticURL}}
}
