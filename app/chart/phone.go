package chart

import (
	"strings"
	"unicode"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// The phone layout wraps what the desktop shrinks: a title, subtitle or
// source line too long for the width runs on over more lines at full
// size, and the chart grows taller to hold them.

// drawPhone lays a phone chart out: the wrapped header, the footer, and
// the plot between them.
func (f *frame) drawPhone(c draw.Canvas) {
	top := f.phoneHeader(&c)
	bottom := f.footer(&c)
	f.plot.Draw(draw.Crop(c, f.m.margin, -f.m.margin, bottom, -top))
}

// phoneHeader writes the title, subtitle, legend and value axis's label
// from the top, and returns their height with the gap below them; with no
// canvas it only measures.
func (f *frame) phoneHeader(c *draw.Canvas) vg.Length {
	m := f.m
	top, left := vg.Length(0), m.margin
	if c != nil {
		top, left = c.Max.Y, c.Min.X+m.margin
	}
	avail := m.width - 2*m.margin
	y := textBlock(c, textStyle(m.title, ink), f.title, left, top-m.margin, avail)
	if f.subtitle != "" {
		y = textBlock(c, textStyle(m.subtitle, inkSoft), f.subtitle, left, y-3, avail)
	}
	if len(f.keys) > 0 {
		y = f.drawKeys(c, left, y-6, avail)
	}
	if f.yLabel != "" {
		y = textBlock(c, textStyle(m.label, inkSoft), f.yLabel, left, y-8, avail)
	}
	return top - y + 10
}

// textBlock writes s wrapped to avail, its first line's tallest glyphs
// reaching top, and returns where the next text may start below it; with
// no canvas it only measures.
func textBlock(c *draw.Canvas, sty text.Style, s string, x, top, avail vg.Length) vg.Length {
	for _, line := range wrap(sty, s, avail) {
		baseline := top - capHeight*sty.Font.Size
		if c != nil {
			drawFitted(*c, anchored(sty, 0), line, vg.Point{X: x, Y: baseline}, avail)
		}
		top = baseline - 0.35*sty.Font.Size
	}
	return top + 0.05*sty.Font.Size
}

// wrap breaks s into lines no wider than avail: at spaces, and between
// Chinese characters, never before closing punctuation or after opening
// punctuation. A word wider than avail gets a line of its own (drawFitted
// then shrinks it).
func wrap(sty text.Style, s string, avail vg.Length) []string {
	var lines []string
	line := ""
	for _, tok := range tokens(s) {
		if line == "" {
			line = strings.TrimLeft(tok, " ")
			continue
		}
		if sty.Width(line+tok) > avail {
			lines = append(lines, line)
			line = strings.TrimLeft(tok, " ")
			continue
		}
		line += tok
	}
	return append(lines, line)
}

// tokens splits s where a line may break, each token keeping the space
// before it.
func tokens(s string) []string {
	var out []string
	start := 0
	var prev rune
	numeric := false // the token starts with a figure: its unit stays with it
	for i, r := range s {
		if i > 0 && breakBefore(prev, r, numeric) {
			out = append(out, s[start:i])
			start = i
			numeric = false
		}
		if i == start {
			numeric = unicode.IsDigit(r)
		}
		prev = r
	}
	return append(out, s[start:])
}

func breakBefore(prev, r rune, numeric bool) bool {
	switch {
	case numeric && strings.ContainsRune(unitRunes, r):
		return false
	case r == ' ':
		return prev != ' '
	case strings.ContainsRune("，。、：；！？）」』】》～%,.:;!?)", r), strings.ContainsRune("（「『【《(", prev):
		return false
	}
	return cjk(r) && cjk(prev) || cjk(prev) && r != ' '
}

// unitRunes are the characters of the Chinese units and magnitudes a
// figure is written with ("5150万千瓦时", "2.3天"), which stay on its line.
const unitRunes = "万亿千兆瓦时吨天小年"

// cjk reports whether a line may break beside r as between Chinese
// characters: an ideograph or CJK punctuation.
func cjk(r rune) bool {
	return unicode.Is(unicode.Han, r) || r >= 0x3000 && r <= 0x303f || r >= 0xff00 && r <= 0xffef
}

// On a phone a bar chart's names are written above their bars, which then
// take the plot's whole width: beside them, names such as "Household-year
// in the United States" left the bars a third of it. A name too long for
// the width runs on over two lines or more, and every row grows to match.
const (
	phonePitch vg.Length = 40 // one row: a line of name and its bar
	phoneAxis  vg.Length = 56 // the value axis below the rows: ticks, labels, title
	phoneBar   vg.Length = 14.4
	// phoneNameInset is kept free left of the names for the value axis's
	// first label (rowNames.GlyphBoxes).
	phoneNameInset vg.Length = 24
)

// phoneScatterHeight is the plot height of a phone chart of points or
// lines, its axis included.
const phoneScatterHeight vg.Length = 260

// phoneNames wraps the rows' names to the chart's width and returns the
// rows' pitch, one line more for each extra line of the longest name.
func phoneNames(m metrics, names []string) (lines [][]string, pitch vg.Length) {
	sty := textStyle(m.label, ink)
	most := 1
	for _, n := range names {
		l := wrap(sty, n, m.width-2*m.margin-phoneNameInset)
		lines = append(lines, l)
		most = max(most, len(l))
	}
	return lines, phonePitch + vg.Length(most-1)*phoneNameLine(m)
}

// phoneNameLine is the distance between the lines of a wrapped name.
func phoneNameLine(m metrics) vg.Length { return 1.25 * m.label }

// phoneBarsHeight is the plot height of a phone bar chart with these rows.
func phoneBarsHeight(m metrics, names []string) vg.Length {
	_, pitch := phoneNames(m, names)
	return vg.Length(len(names))*pitch + phoneAxis
}

// barNames are the rows' names.
func barNames(rows []bar) []string {
	names := make([]string, len(rows))
	for i, r := range rows {
		names[i] = r.name
	}
	return names
}

// phoneRow places a row centred at y, rows pitch apart, on a phone: its
// bar at the foot of the row, and the baseline of its name's last line
// above the bar.
func phoneRow(y, pitch vg.Length) (mid, thickness, nameBaseline vg.Length) {
	bottom := y - pitch/2
	return bottom + 3 + phoneBar/2, phoneBar, bottom + 24
}

// rowNames is how a phone chart writes its rows' names: above the bar,
// from the plot's left edge.
type rowNames struct {
	lines [][]string // bottom up, as plot.NominalY numbers them; wrapped
	sty   text.Style
	step  vg.Length // between a name's lines
	right vg.Length // how far right of the chart's left edge a name may run
}

func newRowNames(m metrics, names []string) rowNames {
	lines, _ := phoneNames(m, names)
	return rowNames{lines: lines, sty: anchored(textStyle(m.label, ink), 0), step: phoneNameLine(m), right: m.width - m.margin}
}

// Plot implements plot.Plotter.
func (r rowNames) Plot(c draw.Canvas, p *plot.Plot) {
	_, trY := p.Transforms(&c)
	pitch := trY(1) - trY(0)
	for i, lines := range r.lines {
		_, _, baseline := phoneRow(trY(float64(i)), pitch)
		for k, line := range lines {
			at := vg.Point{X: c.Min.X, Y: baseline + vg.Length(len(lines)-1-k)*r.step}
			drawFitted(c, r.sty, line, at, r.right-c.Min.X)
		}
	}
}

// GlyphBoxes implements plot.GlyphBoxer: with no names beside the rows,
// nothing else keeps the value axis's first and last labels, centred on
// the plot's edges, inside the chart.
func (r rowNames) GlyphBoxes(p *plot.Plot) []plot.GlyphBox {
	var boxes []plot.GlyphBox
	sty := p.X.Tick.Label
	for _, t := range p.X.Tick.Marker.Ticks(p.X.Min, p.X.Max) {
		if t.IsMinor() || t.Value < p.X.Min || t.Value > p.X.Max {
			continue
		}
		w := sty.Width(t.Label)
		boxes = append(boxes, plot.GlyphBox{X: p.X.Norm(t.Value),
			Rectangle: vg.Rectangle{Min: vg.Point{X: -w / 2}, Max: vg.Point{X: w / 2}}})
	}
	return boxes
}

// nominalRows names a bar chart's rows, bottom up: beside the rows on the
// desktop, above each bar (rowNames) on a phone.
func nominalRows(p *plot.Plot, m metrics, names []string) {
	p.NominalY(names...)
	p.Y.Padding = 0
	if m.phone {
		p.Y.Tick.Marker = plot.ConstantTicks{}
		p.Add(newRowNames(m, names))
		return
	}
	p.Y.Tick.Label.Color = ink
	p.Y.Tick.Label = yTickLabels(p.Y.Tick.Label)
}
