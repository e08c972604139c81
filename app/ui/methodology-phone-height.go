package ui

import (
	"math"
	"strconv"
	"unicode"
)

// phoneHeight estimates, on the generous side, how tall a long block of
// the methodology stands on a phone at the narrowest screen served
// (320 px): a table, whose rows web/app.css stacks as cards with a line or
// more per cell ("Value: 400 W"), or the list of sources. The methodology
// gives each this height as its placeholder (--phone-h), so that the
// browser skips laying out those off screen (content-visibility: auto):
// the page is some 80,000 px on a phone, and laying it all out on arrival
// cost about a second of a mid-range phone's main thread. The placeholder
// must not be shorter than the block: a skipped block's links, laid out on
// demand, would then overlap the next one's.
// TestMethodologyPlaceholdersCoverTheirBlocks measures the real heights at
// 320, 375 and 640 px in both languages.
func phoneHeight(m blockMeasure, items [][]phoneCell) string {
	total := 0.0
	for _, cells := range items {
		h := m.padding
		for _, c := range cells {
			lines := math.Ceil(textWidth(c.text) * c.scale / m.lineWidth)
			h += lines * m.lineHeight * c.scale
		}
		total += h
	}
	return strconv.Itoa(int(math.Ceil(total*phoneMargin))) + "px"
}

// phoneCell is one line of an item: its text and its font size relative
// to the block's (a row's note is smaller).
type phoneCell struct {
	text  string
	scale float64
}

// blockMeasure is what an item takes at 320 px beyond its text: padding,
// border and margin, the line height, and how many Latin characters a
// line holds.
type blockMeasure struct{ padding, lineHeight, lineWidth float64 }

// The measures, fitted to the rendered page, and a margin so that no
// block's estimate falls short.
var (
	cardMeasure   = blockMeasure{padding: 20, lineHeight: 24, lineWidth: 34}
	sourceMeasure = blockMeasure{padding: 10, lineHeight: 28, lineWidth: 28}
)

const phoneMargin = 1.15

// textWidth counts a Han character, CJK punctuation or a full-width form
// as the 2.5 Latin characters it takes in the page's fonts.
func textWidth(s string) float64 {
	w := 0.0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) || r >= 0x3000 && r <= 0x303f || r >= 0xff00 && r <= 0xffef {
			w += 2.5
		} else {
			w++
		}
	}
	return w
}
