//go:build !js

package browsertest

import (
	"os"
	"testing"
)

func TestDebug(t *testing.T) {
	if os.Getenv("BT_DEBUG") == "" {
		t.Skip()
	}
	tb := newTab(t)
	for _, o := range origins() {
		for _, u := range []string{"/", "/zh/", "/?preset=gpt-3", "/zh/methodology/", "/embed/", "/zh/embed/", "/zh/embed/?preset=gpt-3"} {
			tb.load(o.url + u)
			tb.poll(readyTimeout, `performance.now() - window.__wl.last > 300`, "quiet")
			t.Logf("%s %s: %s", o.name, u, eval[string](tb, `JSON.stringify(window.__wl.ready)`))
		}
	}
}
