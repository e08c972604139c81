//go:build !js

package browsertest

import (
	"context"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestUpgrade deploys a second version over a first on the same address:
// a visitor of version 1 is offered the update and, after reloading, runs
// version 2; a visitor of version 1 who is offline keeps a working
// version 1. Version 2 differs by one byte in a stylesheet, which is all it
// takes to change the build hash that names a version.
func TestUpgrade(t *testing.T) {
	requireBrowser(t)
	t.Parallel()
	tmp := t.TempDir()
	v1, v2 := filepath.Join(tmp, "v1"), filepath.Join(tmp, "v2")
	for _, dir := range []string{v1, v2} {
		if out, err := exec.Command("cp", "-r", filepath.Join(suite.root, "web"), dir).CombinedOutput(); err != nil {
			t.Fatalf("copying web/: %v\n%s", err, out)
		}
	}
	css, err := os.OpenFile(filepath.Join(v2, "app.css"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	css.WriteString("\n/* version 2 */\n")
	css.Close()

	port, err := freePort()
	if err != nil {
		t.Fatal(err)
	}
	addr := "127.0.0.1:" + strconv.Itoa(port)
	url := "http://" + addr
	serve := func(web string) *proc {
		cmd := exec.Command(suite.bin, "-web", web)
		cmd.Dir = suite.root
		cmd.Env = append(os.Environ(), "WATT_ADDR="+addr)
		p, err := startProc("bin/watt-ledger -web "+filepath.Base(web), cmd)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(p.stop)
		if err := p.waitHTTP(url + "/healthz"); err != nil {
			t.Fatal(err)
		}
		return p
	}
	version := func(tb *tab) string {
		return eval[string](tb, `document.querySelector("#app-version").dataset.version`)
	}

	// Two visitors of version 1, each with a service worker in control.
	first := serve(v1)
	online, offline := newTab(t), newTab(t)
	for _, tb := range []*tab{online, offline} {
		tb.load(url + "/?preset=gpt-3")
		tb.poll(60*time.Second, `navigator.serviceWorker.controller !== null`, "version 1's service worker to control the page")
		tb.load(url + "/zh/?preset=gpt-3")
	}
	old := version(online)
	if old == "" || version(offline) != old {
		t.Fatalf("version 1 reads %q and %q", old, version(offline))
	}
	first.stop()

	// The offline visitor keeps version 1, computing, with nothing serving.
	offline.load(url + "/?preset=meena")
	if got := version(offline); got != old {
		offline.errorf("offline, the page runs version %q, want version 1 %q", got, old)
	}
	offline.near("offline energy (kWh)", offline.num("data-kwh", offline.contract().KWh), 1024*720*289*1.09/1000, 0.01)

	// Version 2 is deployed; the online visitor comes back.
	serve(v2)
	res, err := http.Get(url + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	online.load(url + "/")
	online.poll(60*time.Second, `document.querySelector("#update-reload") !== null`, "the update offer (#update-banner) for version 2")
	// The button reloads the page: wait for that navigation, not for a
	// poll in a document that is going away.
	reload, cancel := context.WithTimeout(online.ctx, loadTimeout)
	defer cancel()
	if _, err := chromedp.RunResponse(reload, chromedp.Click(chromedp.CSS("#update-reload"))); err != nil {
		online.fatalf("reloading with #update-reload: %v", err)
	}
	online.touch()
	online.waitReady()
	if got := version(online); got == old || got == "" {
		online.errorf("after the update the page runs version %q, want a version other than %q", got, old)
	}
	online.expectNoProblems("after the update")
}
