//go:build !wasm

package main

import (
	"testing"
	"time"
)

func ms(v ...int) []time.Duration {
	out := make([]time.Duration, len(v))
	for i, x := range v {
		out[i] = time.Duration(x) * time.Millisecond
	}
	return out
}

func TestPercentile(t *testing.T) {
	hundred := make([]time.Duration, 100)
	for i := range hundred {
		hundred[i] = time.Duration(i+1) * time.Millisecond
	}
	for _, c := range []struct {
		in   []time.Duration
		p    float64
		want time.Duration
	}{
		{nil, 50, 0},
		{ms(7), 50, 7 * time.Millisecond},
		{ms(7), 99, 7 * time.Millisecond},
		{ms(1, 2), 50, 1 * time.Millisecond},
		{ms(1, 2, 3, 4), 50, 2 * time.Millisecond},
		{ms(1, 2, 3, 4, 5), 50, 3 * time.Millisecond},
		{hundred, 50, 50 * time.Millisecond},
		{hundred, 99, 99 * time.Millisecond},
		{hundred, 99.5, 100 * time.Millisecond},
		{hundred, 100, 100 * time.Millisecond},
		{hundred, 0.1, 1 * time.Millisecond},
		{hundred, 0, 1 * time.Millisecond},
	} {
		if got := percentile(c.in, c.p); got != c.want {
			t.Errorf("p%v of %d samples: %v, want %v", c.p, len(c.in), got, c.want)
		}
	}
}

func TestSummarise(t *testing.T) {
	s := summarise(ms(30, 10, 20), 1, 600, 2*time.Second)
	if s.requests != 4 || s.p50 != 20*time.Millisecond || s.max != 30*time.Millisecond || s.rate() != 2 {
		t.Errorf("%+v rate %v", s, s.rate())
	}
}

func TestLoopbackOnly(t *testing.T) {
	for u, ok := range map[string]bool{
		"http://127.0.0.1:8000": true, "http://127.9.9.9:1/": true, "http://localhost:8000": true,
		"http://[::1]:8000": true, "https://LOCALHOST/": true,
		"http://10.0.0.1:8000": false, "http://example.com": false, "http://localhost.example.com": false,
		"http://[::ffff:8.8.8.8]/": false, "ftp://127.0.0.1/": false, "127.0.0.1:8000": false,
		"http://user@8.8.8.8/": false, "http://0.0.0.0:8000": false,
	} {
		if _, err := loopbackURL(u); (err == nil) != ok {
			t.Errorf("%s: err=%v, want ok=%v", u, err, ok)
		}
	}
}

func TestPeakRSS(t *testing.T) {
	if _, err := peakRSS(1 << 30); err == nil {
		t.Error("want an error for a missing process")
	}
	kb, err := peakRSS(0) // 0 = self
	if err != nil {
		t.Skip("no /proc:", err)
	}
	if kb <= 0 {
		t.Errorf("VmHWM %d kB", kb)
	}
}
