//go:build !js

package main

import (
	"fmt"
	"math"
	"slices"
)

// stat summarises samples in milliseconds. P95 is the nearest-rank 95th
// percentile: with fewer than 20 samples it is the maximum.
type stat struct {
	N      int       `json:"n"`
	Median float64   `json:"median"`
	P95    float64   `json:"p95"`
	Min    float64   `json:"min"`
	Max    float64   `json:"max"`
	All    []float64 `json:"samples,omitempty"`
}

func summarise(xs []float64) stat {
	if len(xs) == 0 {
		return stat{}
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	med := s[n/2]
	if n%2 == 0 {
		med = (s[n/2-1] + s[n/2]) / 2
	}
	rank := int(math.Ceil(0.95*float64(n))) - 1
	st := stat{N: n, Median: med, P95: s[rank], Min: s[0], Max: s[n-1]}
	if n <= 20 {
		st.All = xs
	}
	return st
}

func (s stat) String() string {
	if s.N == 0 {
		return "—"
	}
	return fmt.Sprintf("median %s, p95 %s (n=%d)", ms(s.Median), ms(s.P95), s.N)
}

func ms(v float64) string {
	switch {
	case v >= 100:
		return fmt.Sprintf("%.0f ms", v)
	case v >= 10:
		return fmt.Sprintf("%.1f ms", v)
	}
	return fmt.Sprintf("%.2f ms", v)
}
