package chart

import (
	"os"
	"testing"

	"golang.org/x/image/font/sfnt"

	"wattledger/app/chart/internal/glyphs"
)

// TestFontCoversEveryRune checks the embedded font against every character
// a chart can draw, computed as the generator computes it.
func TestFontCoversEveryRune(t *testing.T) {
	runes, err := glyphs.Needed("../..")
	if err != nil {
		t.Fatal(err)
	}
	f, err := sfnt.Parse(fontData)
	if err != nil {
		t.Fatal(err)
	}
	var buf sfnt.Buffer
	var missing []rune
	for _, r := range runes {
		if i, err := f.GlyphIndex(&buf, r); err != nil || i == 0 {
			missing = append(missing, r)
		}
	}
	if len(missing) > 0 {
		t.Errorf("the chart font lacks %q: run go generate ./app/chart", string(missing))
	}
}

// TestRuneListIsCurrent keeps the reviewable rune list in step with the
// catalogues, so that a change to them shows up as a change to the font.
func TestRuneListIsCurrent(t *testing.T) {
	runes, err := glyphs.Needed("../..")
	if err != nil {
		t.Fatal(err)
	}
	listed, err := os.ReadFile("fonts/runes.txt")
	if err != nil {
		t.Fatal(err)
	}
	var want []rune
	for _, r := range string(listed) {
		if r != '\n' {
			want = append(want, r)
		}
	}
	if string(want) != string(runes) {
		t.Errorf("fonts/runes.txt is out of date: run go generate ./app/chart")
	}
}
