//go:build !js

package browsertest

import (
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestOffline installs the service worker from a server of its own, stops
// that server, and opens pages it never loaded with a query it never saw:
// they must come from the cache, and the calculator must compute. Both for
// the Go server and for the static export.
func TestOffline(t *testing.T) {
	requireBrowser(t)
	t.Parallel()
	parent := newTab(t)
	for _, o := range []string{"go", "static"} {
		t.Run(o, func(t *testing.T) {
			tb := parent.in(t)
			// A server of its own: stopping it leaves the others running.
			var srv *proc
			var err error
			if o == "go" {
				srv, err = startGoServer(t.Cleanup)
			} else {
				srv, err = startStatic(t.Cleanup, suite.staticDir, "/")
			}
			if err != nil {
				t.Fatal(err)
			}

			tb.load(srv.url + "/")
			// The worker precaches every page and the wasm, then claims
			// the page.
			tb.poll(60*time.Second, `navigator.serviceWorker.controller !== null`,
				"the service worker to install and control the page")
			// A first visit has no older version to update from.
			tb.settle("true", "the page to settle once the service worker controls it")
			if eval[bool](tb, `document.querySelector("#update-banner") !== null`) {
				tb.errorf("a first visit to / shows #update-banner %q", eval[string](tb, `document.querySelector("#update-banner").innerText`))
			}
			tb.load(srv.url + "/zh/methodology/")
			if !eval[bool](tb, `navigator.serviceWorker.controller !== null`) {
				tb.fatalf("/zh/methodology/ is not controlled by the service worker after a reload")
			}
			tb.expectNoProblems("online")

			srv.stop()
			if res, err := (&http.Client{Timeout: 2 * time.Second}).Get(srv.url + "/"); err == nil {
				res.Body.Close()
				t.Fatalf("the server still answers after it was stopped")
			}

			tb.load(srv.url + "/zh/?preset=bloom-176b")
			c := tb.contract()
			if c.Lang != "zh-Hans" {
				tb.errorf("offline /zh/?preset=bloom-176b: <html lang=%q>, want zh-Hans", c.Lang)
			}
			tb.near("offline /zh/?preset=bloom-176b data-kwh", tb.num("data-kwh", c.KWh), bloomKWh, rel)
			tb.checkSources(c)

			tb.load(srv.url + "/methodology/")
			c = tb.contract()
			if c.Lang != "en" || !strings.Contains(c.Title, "Methodology") {
				tb.errorf("offline /methodology/: <html lang=%q>, <title> %q; want en and Methodology", c.Lang, c.Title)
			}
			if len(c.Text) < 2000 {
				tb.errorf("offline /methodology/ shows only %d characters of text", len(c.Text))
			}
			tb.expectNoProblems("offline")
		})
	}
}
