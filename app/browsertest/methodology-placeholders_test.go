//go:build !js

package browsertest

import (
	"strings"
	"testing"
)

// TestMethodologyPlaceholdersCoverTheirBlocks: on a phone the methodology's
// tables of constants and its list of sources wait off screen at the
// height the server estimated for them (--phone-h, content-visibility:
// auto), which must be no less than each one's real height at every phone
// width, in both languages: a shorter placeholder lets a skipped block's
// links, laid out when a tool or assistive technology asks where they are,
// overlap the next block's. Nor much more (a scroll bar that lies about
// the page): the estimate is for 320 px, and at 640 px a line of the list
// holds twice as much. And the blocks below the first screen are skipped on arrival,
// which is the point.
func TestMethodologyPlaceholdersCoverTheirBlocks(t *testing.T) {
	requireBrowser(t)
	t.Parallel()
	for _, path := range []string{"/methodology/", "/zh/methodology/"} {
		t.Run(strings.Trim(path, "/"), func(t *testing.T) {
			tb := newTab(t)
			for _, w := range []int64{320, 375, 640} {
				tb.resize(w)
				tb.openUntouched(suite.goURL + path)
				skipped := eval[int](tb, `[...document.querySelectorAll(".methodology .phone-skippable")].filter((e) =>
					!e.querySelector("tr, li").checkVisibility({ contentVisibilityAuto: true })).length`)
				if skipped < 2 {
					tb.errorf("%s at %d px: %d tables skipped on arrival, want the ones below the first screens", path, w, skipped)
				}
				eval[bool](tb, showAllJS)
				for _, m := range eval[[]map[string]float64](tb, `[...document.querySelectorAll(".methodology .phone-skippable")].map((e) => ({
					rows: e.querySelectorAll("tbody tr, li").length,
					placeholder: parseFloat(getComputedStyle(e).getPropertyValue("--phone-h")),
					real: e.getBoundingClientRect().height,
				}))`) {
					if !(m["placeholder"] >= m["real"]) || m["placeholder"] > 2.2*m["real"] {
						tb.errorf("%s at %d px: a block of %.0f rows or items is %.0f px tall, its placeholder %.0f px (want at least as tall, at most 2.2×)",
							path, w, m["rows"], m["real"], m["placeholder"])
					}
				}
			}
			tb.expectNoProblems("the methodology's placeholders")
		})
	}
}
