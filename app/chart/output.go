package chart

import (
	"bytes"
	"fmt"
	"html"

	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgsvg"
)

// Chart is one rendered chart.
type Chart struct {
	// SVG is a standalone SVG document sized 640×400 with a viewBox, whose
	// text asks for the web font declared in web/fonts/fonts.css.
	SVG []byte
	// Table holds the plotted numbers for the accessible table and CSV.
	Table Table

	frame *frame // kept to draw the PNG on request (png.go, not in the wasm)
}

func render(f *frame, t Table) (Chart, error) {
	canvas := vgsvg.New(width, height)
	f.draw(draw.New(canvas))
	var b bytes.Buffer
	if _, err := canvas.WriteTo(&b); err != nil {
		return Chart{}, fmt.Errorf("chart: SVG: %w", err)
	}
	svg, err := tidySVG(b.Bytes(), f.title)
	if err != nil {
		return Chart{}, err
	}
	return Chart{SVG: svg, Table: t, frame: f}, nil
}

// tidySVG adapts vgsvg's output for the page.
//
// vgsvg sizes the root in pt (a 640 pt wide chart is 853 CSS px) and
// starts with an XML declaration and a comment, which do not belong inline
// in HTML; the root is rewritten with CSS px, the viewBox, role="img" and a
// <title> that names the chart for screen readers. vgsvg also writes as
// font-family only the family name inside the font file, without quotes or
// fallback; it is replaced by the web font's name and its fallbacks.
func tidySVG(svg []byte, title string) ([]byte, error) {
	start := bytes.Index(svg, []byte("<svg"))
	end := bytes.IndexByte(svg[max(start, 0):], '>')
	if start < 0 || end < 0 {
		return nil, fmt.Errorf("chart: vgsvg wrote no <svg> element")
	}
	body := svg[start+end+1:]
	root := fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" width="%g" height="%g" viewBox="0 0 %g %g" role="img">`+
		"\n<title>%s</title>", width.Points(), height.Points(), width.Points(), height.Points(), html.EscapeString(title))
	body = bytes.ReplaceAll(body,
		[]byte("font-family:"+svgFamily()+";"),
		[]byte("font-family:"+webFontFamily+";"))
	return append([]byte(root), body...), nil
}
