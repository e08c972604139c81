package chart

import (
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg/draw"
)

// gridLines draws a light line at each major tick of the value axis: the x
// axis when vertical, else the y axis.
type gridLines struct{ vertical bool }

func (g gridLines) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	sty := draw.LineStyle{Color: gridLine, Width: 0.8}
	axis := &p.Y
	if g.vertical {
		axis = &p.X
	}
	for _, t := range axis.Tick.Marker.Ticks(axis.Min, axis.Max) {
		if t.IsMinor() || t.Value < axis.Min || t.Value > axis.Max {
			continue
		}
		if g.vertical {
			x := trX(t.Value)
			c.StrokeLine2(sty, x, c.Min.Y, x, c.Max.Y)
		} else {
			y := trY(t.Value)
			c.StrokeLine2(sty, c.Min.X, y, c.Max.X, y)
		}
	}
}
