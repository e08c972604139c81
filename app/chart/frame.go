package chart

import (
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"wattledger/content"
)

// frame is everything drawn around a chart's plot: the title and subtitle,
// an optional row of legend keys and a horizontal label for the value axis
// above the plot, and the footer with the source and the attribution, which
// must stay inside the image when it is downloaded or shared.
type frame struct {
	m        metrics
	lang     content.Lang
	title    string
	subtitle string
	keys     []legendKey
	yLabel   string // written level above the plot: rotated Chinese is hard to read
	source   string
	plot     *plot.Plot
	// phonePlot is the height the plot needs on a phone, its axis
	// included: the chart grows to fit it below its wrapped text.
	phonePlot vg.Length
}

// size is the chart's width and height: the desktop's fixed size, or on a
// phone the height its text and plot need.
func (f *frame) size() (w, h vg.Length) {
	if !f.m.phone {
		return f.m.width, f.m.height
	}
	// Whole pixels: the height is written in the SVG's root.
	return f.m.width, vg.Length(math.Ceil(float64(f.phoneHeader(nil) + f.phonePlot + f.footer(nil))))
}

// legendKey is one entry of the legend row.
type legendKey struct {
	label  string
	colour color.Color
	mark   keyMark
}

type keyMark int

const (
	keyBox keyMark = iota
	keyDot
	keyRing
	keyDash
)

// draw lays the frame out top to bottom and gives the plot what is left.
func (f *frame) draw(c draw.Canvas) {
	c.SetColor(color.White)
	c.Fill(c.Rectangle.Path())
	if f.m.phone {
		f.drawPhone(c)
		return
	}
	margin := f.m.margin
	titleSize, subtitleSize, labelSize := f.m.title, f.m.subtitle, f.m.label

	left, right := c.Min.X+margin, c.Max.X-margin
	avail := right - left
	y := c.Max.Y - margin // top of the next line

	y = drawLine(c, textStyle(titleSize, ink), f.title, left, y, avail)
	if f.subtitle != "" {
		y = drawLine(c, textStyle(subtitleSize, inkSoft), f.subtitle, left, y-3, avail)
	}
	if len(f.keys) > 0 {
		y = f.drawKeys(&c, left, y-6, avail)
	}
	if f.yLabel != "" {
		y = drawLine(c, textStyle(labelSize, inkSoft), f.yLabel, left, y-8, avail)
	}

	bottom := f.footer(&c)
	f.plot.Draw(draw.Crop(c, margin, -margin, bottom, y-10-c.Max.Y))
}

// Where the anchoring point of a line of text sits, as a fraction of the
// font size above its baseline. Noto's ideographs rise to about 0.88 em,
// Latin capitals and digits to 0.73; 0.36 is the middle both share.
const (
	capHeight = 0.88
	midline   = 0.36
)

// anchored returns sty aligned so that the point given to FillText is rise
// font sizes above the text's baseline. gonum aligns the font's whole
// ascent-to-descent box, which for Noto (ascent 1.16 em, descent 0.29 em)
// puts text visibly low when centred and far down when top-aligned.
// It assumes one line of text.
func anchored(sty text.Style, rise float64) text.Style {
	e := sty.FontExtents()
	size := sty.Font.Size
	// text.Plain puts the baseline at y + YAlign×(ascent+descent) − ascent + size.
	sty.YAlign = text.YAlignment((e.Ascent - size - vg.Length(rise)*size) / (e.Ascent + e.Descent))
	return sty
}

// yTickLabels aligns a vertical axis's tick labels on their ticks' visual
// middle: gonum draws them at the tick's y plus the font's descent.
func yTickLabels(sty text.Style) text.Style {
	return anchored(sty, midline+float64(sty.FontExtents().Descent/sty.Font.Size))
}

// drawLine writes one line of text whose tallest glyphs reach top,
// shrinking it if it is wider than avail, and returns where the next line
// may start below it.
func drawLine(c draw.Canvas, sty text.Style, s string, x, top, avail vg.Length) vg.Length {
	baseline := top - capHeight*sty.Font.Size
	sty = drawFitted(c, anchored(sty, 0), s, vg.Point{X: x, Y: baseline}, avail)
	return baseline - 0.3*sty.Font.Size
}

// drawFitted draws s, first scaling its font down so that it is no wider
// than avail: a long translated title must never run off the image.
func drawFitted(c draw.Canvas, sty text.Style, s string, at vg.Point, avail vg.Length) text.Style {
	if w := sty.Width(s); w > avail {
		sty.Font.Size *= avail / w // anchored's YAlign holds at any size
	}
	c.FillText(sty, at, s)
	return sty
}

// footer writes the source, wrapped, and the attribution, after the
// source's last line if it fits there or on a line of its own, and
// returns the footer's height with the gap above it; with no canvas it
// only measures. Both layouts wrap rather than shrink the source: a long
// Chinese list of statistics offices, shrunk onto one line, would be
// shown under 11 px even on a desktop.
func (f *frame) footer(c *draw.Canvas) vg.Length {
	m := f.m
	avail := m.width - 2*m.margin
	sty := anchored(textStyle(m.note, inkSoft), 0)
	attribution := f.lang.T("chart.attribution")
	lines := wrap(sty, f.source, avail)
	if last := lines[len(lines)-1]; sty.Width(last)+m.margin+sty.Width(attribution) > avail {
		lines = append(lines, "")
	}
	pitch := 1.35 * m.note
	first := m.margin - 4 // the last line's baseline above the bottom
	if c != nil {
		left, right := c.Min.X+m.margin, c.Max.X-m.margin
		for i, s := range lines {
			baseline := c.Min.Y + first + vg.Length(len(lines)-1-i)*pitch
			drawFitted(*c, sty, s, vg.Point{X: left, Y: baseline}, avail)
		}
		end := sty
		end.XAlign = draw.XRight
		c.FillText(end, vg.Point{X: right, Y: c.Min.Y + first}, attribution)
	}
	return first + vg.Length(len(lines)-1)*pitch + capHeight*m.note + 10
}

// drawKeys writes the legend row, wrapping to a new line if needed, and
// returns the y below it; with no canvas it only measures.
func (f *frame) drawKeys(c *draw.Canvas, x0, top, avail vg.Length) vg.Length {
	sty := anchored(textStyle(f.m.label, ink), midline)
	lineHeight := 1.3 * sty.Font.Size
	const swatch, gap, spacing = vg.Length(11), vg.Length(5), vg.Length(18)
	x, mid := x0, top-lineHeight/2
	for _, k := range f.keys {
		w := swatch + gap + sty.Width(k.label)
		if x > x0 && x+w > x0+avail {
			x, mid = x0, mid-lineHeight-2
		}
		if c != nil {
			drawKeyMark(*c, k, x, mid, swatch)
			c.FillText(sty, vg.Point{X: x + swatch + gap, Y: mid}, k.label)
		}
		x += w + spacing
	}
	return mid - lineHeight/2
}

func drawKeyMark(c draw.Canvas, k legendKey, x, mid, size vg.Length) {
	switch k.mark {
	case keyBox:
		c.FillPolygon(k.colour, rect(x, mid-size/2, x+size, mid+size/2))
	case keyDot:
		c.DrawGlyph(draw.GlyphStyle{Color: k.colour, Radius: size / 2.4, Shape: draw.CircleGlyph{}},
			vg.Point{X: x + size/2, Y: mid})
	case keyRing:
		at := vg.Point{X: x + size/2, Y: mid}
		c.DrawGlyph(draw.GlyphStyle{Color: k.colour, Radius: size / 2.4, Shape: draw.CircleGlyph{}}, at)
		c.DrawGlyph(draw.GlyphStyle{Color: color.White, Radius: size/2.4 - ringWidth, Shape: draw.CircleGlyph{}}, at)
	case keyDash:
		c.StrokeLine2(trendStyle(k.colour), x-3, mid, x+size+3, mid)
	}
}

// rect is the outline of an axis-aligned rectangle.
func rect(x0, y0, x1, y1 vg.Length) []vg.Point {
	return []vg.Point{{X: x0, Y: y0}, {X: x1, Y: y0}, {X: x1, Y: y1}, {X: x0, Y: y1}}
}

func trendStyle(c color.Color) draw.LineStyle {
	return draw.LineStyle{Color: c, Width: 1.5, Dashes: []vg.Length{5, 3}}
}
