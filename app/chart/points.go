package chart

import (
	"image/color"
	"slices"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// dot is one point of a scatter, with an optional label beside it.
type dot struct {
	x, y   float64
	label  string
	colour color.Color
	radius vg.Length
	bold   bool // label in ink rather than the softer colour
	hollow bool // a ring: a figure on a narrower basis than the others
}

// labelledDots draws dots and places each label where it overlaps no dot,
// no other label and nothing outside the plot, trying right, left, above
// and below in turn. Dots come most important first: their labels are
// placed first and their dots drawn last, on top. A label that fits nowhere
// is left out (the table lists every point). Labels also keep off the
// straight line through the avoid points (the trend), if any.
type labelledDots struct {
	dots  []dot
	avoid plotter.XYs
	m     metrics
}

const dotLabelGap vg.Length = 4

// ringWidth is the line of a hollow dot.
const ringWidth vg.Length = 1.6

func (d labelledDots) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	at := make([]vg.Point, len(d.dots))
	var taken []vg.Rectangle
	for i, o := range d.dots {
		at[i] = vg.Point{X: trX(o.x), Y: trY(o.y)}
		r := o.radius + 1
		taken = append(taken, vg.Rectangle{Min: at[i].Sub(vg.Point{X: r, Y: r}), Max: at[i].Add(vg.Point{X: r, Y: r})})
	}
	taken = append(taken, lineBoxes(c, p, d.avoid)...)
	for i, o := range slices.Backward(d.dots) {
		c.DrawGlyph(draw.GlyphStyle{Color: color.White, Radius: o.radius + 1.2, Shape: draw.CircleGlyph{}}, at[i])
		c.DrawGlyph(draw.GlyphStyle{Color: o.colour, Radius: o.radius, Shape: draw.CircleGlyph{}}, at[i])
		if o.hollow {
			// A disc with a white core: gonum's RingGlyph strokes too thin
			// a line to read as the same colour.
			c.DrawGlyph(draw.GlyphStyle{Color: color.White, Radius: o.radius - ringWidth, Shape: draw.CircleGlyph{}}, at[i])
		}
	}
	for i, o := range d.dots {
		if o.label == "" {
			continue
		}
		sty := anchored(textStyle(d.m.note+0.5, inkSoft), 0)
		if o.bold {
			sty = anchored(textStyle(d.m.label, o.colour), 0)
		}
		if box, ok := placeLabel(c, sty, o.label, at[i], o.radius, taken); ok {
			taken = append(taken, box)
			c.FillText(sty, vg.Point{X: box.Min.X, Y: box.Min.Y + 0.25*sty.Font.Size}, o.label)
		}
	}
}

// placeLabel returns the first free box for label beside a dot at pt.
// sty must be anchored at the baseline; boxes run from 0.25 em below the
// baseline to the cap height.
func placeLabel(c draw.Canvas, sty text.Style, label string, pt vg.Point, radius vg.Length, taken []vg.Rectangle) (vg.Rectangle, bool) {
	w := sty.Width(label)
	h := (capHeight + 0.25) * sty.Font.Size
	off := radius + dotLabelGap
	for _, min := range []vg.Point{
		{X: pt.X + off, Y: pt.Y - h/2},       // right
		{X: pt.X - off - w, Y: pt.Y - h/2},   // left
		{X: pt.X - w/2, Y: pt.Y + off},       // above
		{X: pt.X - w/2, Y: pt.Y - off - h},   // below
		{X: pt.X + off, Y: pt.Y + off/2},     // upper right
		{X: pt.X + off, Y: pt.Y - off/2 - h}, // lower right
	} {
		box := vg.Rectangle{Min: min, Max: min.Add(vg.Point{X: w, Y: h})}
		if inside(box, c.Rectangle) && !overlapsAny(box, taken) {
			return box, true
		}
	}
	return vg.Rectangle{}, false
}

// lineBoxes covers the polyline through pts with small boxes, one every
// few points along x, so that labels can avoid crossing it.
func lineBoxes(c draw.Canvas, p *plot.Plot, pts plotter.XYs) []vg.Rectangle {
	trX, trY := p.Transforms(&c)
	const step, halfHeight = vg.Length(4), vg.Length(2)
	var boxes []vg.Rectangle
	for i := 1; i < len(pts); i++ {
		a := vg.Point{X: trX(pts[i-1].X), Y: trY(pts[i-1].Y)}
		b := vg.Point{X: trX(pts[i].X), Y: trY(pts[i].Y)}
		n := int((b.X-a.X)/step) + 1
		for k := 0; k <= n; k++ {
			pt := a.Add(b.Sub(a).Scale(vg.Length(k) / vg.Length(n)))
			boxes = append(boxes, vg.Rectangle{
				Min: vg.Point{X: pt.X - step/2, Y: pt.Y - halfHeight - (b.Y-a.Y)/vg.Length(n)/2},
				Max: vg.Point{X: pt.X + step/2, Y: pt.Y + halfHeight + (b.Y-a.Y)/vg.Length(n)/2},
			})
		}
	}
	return boxes
}

func inside(r, outer vg.Rectangle) bool {
	return r.Min.X >= outer.Min.X && r.Max.X <= outer.Max.X && r.Min.Y >= outer.Min.Y && r.Max.Y <= outer.Max.Y
}

func overlapsAny(r vg.Rectangle, others []vg.Rectangle) bool {
	for _, o := range others {
		if r.Min.X < o.Max.X && o.Min.X < r.Max.X && r.Min.Y < o.Max.Y && o.Min.Y < r.Max.Y {
			return true
		}
	}
	return false
}
