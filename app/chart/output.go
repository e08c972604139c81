package chart

import (
	"bytes"
	"fmt"
	"html"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgsvg"
)

// Chart is one chart, checked and ready to draw in either layout.
type Chart struct {
	// Table holds the plotted numbers for the accessible table and CSV.
	Table Table

	// build lays the chart out for a layout's metrics; drawing waits for
	// SVG, so that the browser draws only the layout it shows.
	build func(metrics) *frame
}

// SVG draws the chart for a layout: a standalone SVG document sized in CSS
// px with a viewBox (640×400 on the desktop, 320 wide on a phone), whose
// text asks for the web font declared in web/fonts/fonts.css.
func (c Chart) SVG(l Layout) ([]byte, error) {
	if c.build == nil {
		return nil, fmt.Errorf("chart: nothing to draw")
	}
	f := c.build(l.metrics())
	w, h := f.size()
	canvas := vgsvg.New(w, h)
	f.draw(draw.New(canvas))
	var b bytes.Buffer
	if _, err := canvas.WriteTo(&b); err != nil {
		return nil, fmt.Errorf("chart: SVG: %w", err)
	}
	return tidySVG(b.Bytes(), f.title, w, h)
}

// newChart is a chart of table whose drawing build lays out.
func newChart(t Table, build func(metrics) *frame) (Chart, error) {
	return Chart{Table: t, build: build}, nil
}

// tidySVG adapts vgsvg's output for the page.
//
// vgsvg sizes the root in pt (a 640 pt wide chart is 853 CSS px) and
// starts with an XML declaration and a comment, which do not belong inline
// in HTML; the root is rewritten with CSS px, the viewBox, role="img" and a
// <title> that names the chart for screen readers. vgsvg also writes as
// font-family only the family name inside the font file, without quotes or
// fallback; it is replaced by the web font's name and its fallbacks.
func tidySVG(svg []byte, title string, w, h vg.Length) ([]byte, error) {
	start := bytes.Index(svg, []byte("<svg"))
	end := bytes.IndexByte(svg[max(start, 0):], '>')
	if start < 0 || end < 0 {
		return nil, fmt.Errorf("chart: vgsvg wrote no <svg> element")
	}
	body := svg[start+end+1:]
	root := fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" width="%g" height="%g" viewBox="0 0 %g %g" role="img">`+
		"\n<title>%s</title>", w.Points(), h.Points(), w.Points(), h.Points(), html.EscapeString(title))
	body = bytes.ReplaceAll(body,
		[]byte("font-family:"+svgFamily()+";"),
		[]byte("font-family:"+webFontFamily+";"))
	return append([]byte(root), body...), nil
}
