package main

import (
	"bytes"
	"fmt"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgsvg"
)

func main() {
	p := plot.New()
	p.Title.Text = "x"
	s, _ := plotter.NewScatter(plotter.XYs{{1, 2}, {3, 4}})
	p.Add(s)
	c := vgsvg.New(vg.Points(640), 400)
	p.Draw(draw.New(c))
	var b bytes.Buffer
	c.WriteTo(&b)
	fmt.Println(b.Len())
}
