package dom

import "strconv"

// Number writes a number for the DOM contract's data attributes: plain,
// shortest round-trip form (1289376, 1.289376e+06), readable by parseFloat.
func Number(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

// ClassIf returns class when on is true, for go-app's Class, which takes
// names only.
func ClassIf(class string, on bool) string {
	if on {
		return class
	}
	return ""
}
