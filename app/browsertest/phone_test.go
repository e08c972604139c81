//go:build !js

package browsertest

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"wattledger/content"
)

// TestPhoneVisitor checks what a phone visitor met (issue 19), in both
// languages, at 390 px: the card, then the form, then the long tables;
// "Skip to content" moves the focus; the share dialog's notice says what
// was copied and moves nothing; the citation buttons say what they copy.
func TestPhoneVisitor(t *testing.T) {
	requireBrowser(t)
	t.Parallel()
	for _, lang := range []content.Lang{content.English, content.Chinese} {
		t.Run(string(lang), func(t *testing.T) {
			tb := newTab(t)
			run(tb, stepTimeout, "emulating a 390 px phone", chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile))
			tb.load(suite.goURL + lang.PathPrefix() + "/?preset=gpt-3")

			// Visual order: the answer, the form, then the tables.
			tops := eval[[]float64](tb, `["#energy", "#calculator .inputs", "#calculator .sources"].map(
				(s) => document.querySelector(s).getBoundingClientRect().top)`)
			if !(tops[0] < tops[1] && tops[1] < tops[2]) {
				tb.errorf("at 390 px the card, form and sources table are at %v px: want them in that order", tops)
			}
			if h := eval[float64](tb, `document.querySelector(".lang-switch").getBoundingClientRect().height`); h > 40 {
				tb.errorf("the language switch is %.0f px tall at 390 px: it wraps", h)
			}

			run(tb, stepTimeout, "focusing the skip link", chromedp.Evaluate[any](`document.querySelector("a.skip").focus()`))
			run(tb, stepTimeout, "pressing Enter on it", chromedp.KeyEvent("\r"))
			tb.poll(stepTimeout, `document.activeElement && document.activeElement.id === "main"`, `"Skip to content" to focus <main>`)

			run(tb, stepTimeout, "opening the share dialog", chromedp.Click(chromedp.CSS("#share-open")))
			tb.settle(`document.querySelector("#share-dialog[open] #share-cite-bibtex") !== null`, "the share dialog")
			buttons := eval[[]string](tb, `[...document.querySelectorAll("#share-dialog button.copy")].map((b) => b.textContent)`)
			for _, b := range buttons[len(buttons)-2:] {
				if b != lang.T("share.copy.cite") {
					tb.errorf("a citation's copy button says %q, want %q", b, lang.T("share.copy.cite"))
				}
			}
			before := eval[float64](tb, `document.querySelector("#share-url").offsetTop`)
			run(tb, stepTimeout, "copying the BibTeX", chromedp.Click(chromedp.CSS(`button[data-copy="share-cite-bibtex"]`)))
			tb.settle(`document.querySelector("#share-status").textContent !== ""`, "the copy notice")
			status := eval[string](tb, `document.querySelector("#share-status").textContent`)
			if copied := lang.T("share.copied", "what", lang.T("share.cite.bibtex")); status != copied && status != lang.T("share.copy.manual") {
				tb.errorf("the notice after copying the BibTeX says %q, want %q (or the manual copy's)", status, copied)
			}
			if after := eval[float64](tb, `document.querySelector("#share-url").offsetTop`); after != before {
				tb.errorf("the notice moved the link field from %.0f to %.0f px", before, after)
			}
			tb.expectNoProblems("the phone visitor's path")
		})
	}
}

// TestBrokenModule serves an empty and then a cut-off app.wasm: the page
// keeps its prerendered numbers, says in its language that the calculator
// could not start and offers a reload, and the service worker refuses to
// install with the broken module.
func TestBrokenModule(t *testing.T) {
	requireBrowser(t)
	t.Parallel()
	good, err := os.ReadFile(filepath.Join(suite.root, "web", "app.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		wasm []byte
		lang content.Lang
	}{
		{"empty", nil, content.English},
		{"cut off", good[:len(good)/3], content.Chinese},
	} {
		t.Run(c.name, func(t *testing.T) {
			srv := serveWeb(t, map[string][]byte{"app.wasm": c.wasm})
			tb := newTab(t)
			tb.open(srv + c.lang.PathPrefix() + "/?preset=gpt-3")
			prerendered := eval[string](tb, `document.querySelector("#energy").dataset.kwh`)
			tb.poll(readyTimeout, `document.documentElement.classList.contains("wasm-failed")`, "the page to say the module failed")
			want := c.lang.T("loader.failed")
			_, _ = try(tb, stepTimeout+time.Second, chromedp.Poll[chromedp.Void](
				fmt.Sprintf(`document.querySelector("#app-wasm-loader-label").textContent === %q`, want),
				chromedp.WithPollingTimeout(stepTimeout)))
			label := eval[string](tb, `document.querySelector("#app-wasm-loader-label").textContent`)
			if label != want {
				tb.errorf("the pill says %q, want %q", label, c.lang.T("loader.failed"))
			}
			if reload := eval[string](tb, `document.querySelector("#app-wasm-loader .reload")?.textContent ?? ""`); reload != c.lang.T("loader.reload") {
				tb.errorf("the reload button says %q, want %q", reload, c.lang.T("loader.reload"))
			}
			if kwh := eval[string](tb, `document.querySelector("#energy").dataset.kwh`); kwh == "" || kwh != prerendered {
				tb.errorf("#energy's data-kwh is %q after the failure, want the prerendered %q", kwh, prerendered)
			}
			// The worker registers only on a ready page; register it here
			// as a later, working page would, with the broken module.
			state := run(tb, loadTimeout, "registering the service worker", chromedp.Evaluate[string](`(async () => {
				const reg = await navigator.serviceWorker.register("/app-worker.js");
				const w = reg.installing || reg.waiting || reg.active;
				if (w.state === "installing") {
					await new Promise((done) => w.addEventListener("statechange", () => w.state !== "installing" && done()));
				}
				return w.state + " " + (await caches.keys()).length;
			})()`, chromedp.EvalAwaitPromise))
			if state != "redundant 0" {
				tb.errorf("the service worker with a broken app.wasm: %q, want it redundant with no cache (\"redundant 0\")", state)
			}
		})
	}
}

// serveWeb runs bin/watt-ledger on a copy of web/ whose files are replaced
// by files (by name; a .br and .gz sibling are removed) and returns its URL.
func serveWeb(t *testing.T, files map[string][]byte) string {
	t.Helper()
	dir := t.TempDir()
	if out, err := exec.Command("cp", "-r", filepath.Join(suite.root, "web")+"/.", dir).CombinedOutput(); err != nil {
		t.Fatalf("copying web/: %v\n%s", err, out)
	}
	for name, b := range files {
		for _, ext := range []string{".br", ".gz"} {
			os.Remove(filepath.Join(dir, name+ext))
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	port, err := freePort()
	if err != nil {
		t.Fatal(err)
	}
	addr := "127.0.0.1:" + strconv.Itoa(port)
	cmd := exec.Command(suite.bin, "-addr", addr, "-web", dir)
	cmd.Dir = suite.root
	p, err := startProc("bin/watt-ledger -web", cmd)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.stop)
	p.url = "http://" + addr
	if err := p.waitHTTP(p.url + "/healthz"); err != nil {
		t.Fatal(err)
	}
	return p.url
}

// TestEarlyInput types into the form as soon as the page is parsed,
// before the WebAssembly runs: the calculator and the power planner must
// compute with it once Go starts, not with the link's inputs.
func TestEarlyInput(t *testing.T) {
	requireBrowser(t)
	t.Parallel()
	for _, c := range []struct {
		name, path, field, value string
	}{
		{"calculator", "/?preset=gpt-3&method=hardware", "n", "2048"},
		{"power", "/power/?mw=1000", "mw", "250"},
	} {
		t.Run(c.name, func(t *testing.T) {
			tb := newTab(t)
			run(tb, stepTimeout, "installing the early typist", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
				_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: fmt.Sprintf(`
					document.addEventListener("DOMContentLoaded", () => {
						const input = document.getElementById("in-%s");
						window.__early = document.documentElement.dataset.app ?? "not ready";
						input.value = %q;
						input.dispatchEvent(new Event("input", { bubbles: true }));
					});`, c.field, c.value)})
				return err
			}))
			tb.openUntouched(suite.goURL + c.path)
			if before := eval[string](tb, `window.__early`); before == "ready" {
				t.Fatalf("the input was typed after the WebAssembly was ready: the test shows nothing")
			}
			// The field follows go-app's next render, which under load can
			// come after the address bar has changed: both must show the
			// early value. The typing alone starts Go: no touch here.
			tb.poll(readyTimeout, fmt.Sprintf(`new URLSearchParams(location.search).get(%q) === %q &&
				document.querySelector("#in-%s").value === %q`, c.field, c.value, c.field, c.value),
				fmt.Sprintf("the address bar and #in-%s to show the early %s=%s", c.field, c.field, c.value))
		})
	}
}
