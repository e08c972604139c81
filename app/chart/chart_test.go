package chart

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"wattledger/content"
)

var update = flag.Bool("update", false, "rewrite the golden SVGs in testdata")

// TestGolden compares each chart's SVG, in both languages and both
// layouts, byte for byte with testdata/NAME.LANG.svg (the desktop's) and
// NAME.LANG.phone.svg. On a difference it writes NAME.LANG[.phone].got.svg
// beside the golden file for a person to look at.
func TestGolden(t *testing.T) {
	for _, c := range charts {
		for _, l := range content.Langs {
			for _, lay := range Layouts {
				name := c.name + "." + l.Short()
				if lay == Phone {
					name += ".phone"
				}
				t.Run(name, func(t *testing.T) {
					svg, err := drawSVG(c.draw, l, lay)
					if err != nil {
						t.Fatal(err)
					}
					checkGolden(t, name, svg)
				})
			}
		}
	}
}

func drawSVG(draw func(content.Lang) (Chart, error), l content.Lang, lay Layout) ([]byte, error) {
	chart, err := draw(l)
	if err != nil {
		return nil, err
	}
	return chart.SVG(lay)
}

func checkGolden(t *testing.T, name string, svg []byte) {
	t.Helper()
	golden := filepath.Join("testdata", name+".svg")
	got := filepath.Join("testdata", name+".got.svg")
	if *update {
		if err := os.WriteFile(golden, svg, 0o644); err != nil {
			t.Fatal(err)
		}
		os.Remove(got)
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./app/chart -update to create it)", err)
	}
	if bytes.Equal(svg, want) {
		os.Remove(got)
		return
	}
	if err := os.WriteFile(got, svg, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Errorf("%s differs from %s; if the change is intended, run go test ./app/chart -update", got, golden)
}

func TestSVGAsksForWebFont(t *testing.T) {
	for _, c := range []struct {
		lay  Layout
		root string
	}{
		{Desktop, `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400" viewBox="0 0 640 400"`},
		{Phone, `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="`},
	} {
		svg, err := drawSVG(func(l content.Lang) (Chart, error) { return Scale(scaleInput(l), l) }, content.English, c.lay)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(svg, []byte("font-family:"+webFontFamily+";")) ||
			bytes.Contains(svg, []byte("font-family:"+svgFamily()+";")) {
			t.Errorf("%s SVG text does not ask for %s", c.lay, webFontFamily)
		}
		if !bytes.HasPrefix(svg, []byte(c.root)) {
			t.Errorf("%s SVG root is not sized in CSS px with a viewBox: %.120s", c.lay, svg)
		}
	}
}

func TestBadInput(t *testing.T) {
	l := content.English
	for name, err := range map[string]error{
		"no runs":        second(PowerSources(PowerSourcesInput{KWh: 1}, l)),
		"zero hours":     second(PowerSources(PowerSourcesInput{KWh: 1, Runs: []SourceRun{{"coal", 0}}}, l)),
		"unknown source": second(PowerSources(PowerSourcesInput{KWh: 1, Runs: []SourceRun{{"peat", 1}}}, l)),
		"no points":      second(Growth(GrowthInput{}, l)),
		"year zero": second(Growth(GrowthInput{Presets: growthInput().Presets,
			Yours: &GrowthPoint{"custom run", 0, 1e6, false}}, l)),
		"negative rung": second(Scale(ScaleInput{KWh: 1, Rungs: []Rung{{"x", -1}}}, l)),
		"high below":    second(CO2(CO2Input{KWh: 1, Grids: []GridEmission{{"x", 2, 1, 1.5}}}, l)),
		"empty co2":     second(CO2(CO2Input{KWh: 1}, l)),
		"no bars":       second(PowerStack(PowerStackInput{}, l)),
		"unknown part":  second(PowerStack(PowerStackInput{Bars: []StackBar{{"x", []PartPower{{"fans", 1, 1, 1}}}}}, l)),
		"empty stack":   second(PowerStack(PowerStackInput{Bars: []StackBar{{"x", []PartPower{{"servers", 0, 0, 0}}}}}, l)),
		"no swings":     second(Tornado(TornadoInput{KWh: 1}, l)),
		"unknown input": second(Tornado(TornadoInput{KWh: 1, Swings: []Swing{{"moon", 1, 2}}}, l)),
	} {
		if err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func second(_ Chart, err error) error { return err }

func TestTableCSV(t *testing.T) {
	table := Table{Caption: "c", Header: []string{"名称", "kWh"}, Rows: [][]string{{"a, b", "1287000"}}}
	want := "\uFEFF名称,kWh\n\"a, b\",1287000\n"
	if got := string(table.CSV()); got != want {
		t.Errorf("CSV() = %q, want %q", got, want)
	}
}

func BenchmarkSVG(b *testing.B) {
	for _, c := range charts {
		for _, l := range content.Langs {
			for _, lay := range Layouts {
				b.Run(c.name+"."+l.Short()+"."+lay.String(), func(b *testing.B) {
					b.ReportAllocs()
					for b.Loop() {
						if _, err := drawSVG(c.draw, l, lay); err != nil {
							b.Fatal(err)
						}
					}
				})
			}
		}
	}
}
