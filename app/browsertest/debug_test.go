//go:build !js

package browsertest

import (
	"os"
	"testing"
	"time"
)

func TestDebug(t *testing.T) {
	if os.Getenv("BT_DEBUG") == "" {
		t.Skip()
	}
	for _, o := range origins() {
		for i := 0; i < 2; i++ {
			t0 := time.Now()
			tb := newTab(t)
			t1 := time.Now()
			tb.open(o.url + "/?preset=gpt-3")
			t2 := time.Now()
			tb.waitReady()
			t3 := time.Now()
			tb.load(o.url + "/zh/?preset=gpt-3")
			t4 := time.Now()
			tb.load(o.url + "/zh/methodology/")
			t5 := time.Now()
			t.Logf("%s: newTab %v open %v ready %v second %v third %v sw=%v", o.name, t1.Sub(t0), t2.Sub(t1), t3.Sub(t2), t4.Sub(t3), t5.Sub(t4), eval[bool](tb, "!!navigator.serviceWorker.controller"))
		}
	}
}
