package calc

import (
	"math"
	"testing"
)

// within reports whether got is within rel (a fraction) of want.
func within(got, want, rel float64) bool {
	if want == 0 {
		return got == 0
	}
	return math.Abs(got-want) <= rel*math.Abs(want)
}

func assertWithin(t *testing.T, what string, got, want, rel float64) {
	t.Helper()
	if !within(got, want, rel) {
		t.Errorf("%s = %.6g, want %.6g within %.2g%% (off by %+.3f%%)", what, got, want, rel*100, (got/want-1)*100)
	}
}
