//go:build !wasm

package main

import (
	"math"
	"slices"
	"time"
)

// percentile returns the nearest-rank p-th percentile (0 < p <= 100) of
// sorted: the smallest value at or below which p% of the samples fall.
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(math.Ceil(p / 100 * float64(len(sorted))))
	return sorted[min(max(rank, 1), len(sorted))-1]
}

// summary is what one run measured.
type summary struct {
	requests, errors int
	bytes            int64
	elapsed          time.Duration
	p50, p99, max    time.Duration
}

func summarise(lat []time.Duration, errors int, bytes int64, elapsed time.Duration) summary {
	slices.Sort(lat)
	s := summary{requests: len(lat) + errors, errors: errors, bytes: bytes, elapsed: elapsed,
		p50: percentile(lat, 50), p99: percentile(lat, 99)}
	if len(lat) > 0 {
		s.max = lat[len(lat)-1]
	}
	return s
}

func (s summary) rate() float64 {
	if s.elapsed <= 0 {
		return 0
	}
	return float64(s.requests) / s.elapsed.Seconds()
}
