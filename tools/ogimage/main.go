//go:build !js

// Command ogimage writes the preview image that link previews (Open Graph,
// Twitter cards) show: the growth chart of the presets' training energy,
// drawn by the same code and data as the app, so the preview never
// contradicts the page:
//
//	go run ./tools/ogimage -out web/og-image.png
package main

import (
	"flag"
	"log"
	"os"

	"wattledger/app/chart"
	"wattledger/app/estimate"
	"wattledger/content"
)

func main() {
	out := flag.String("out", "web/og-image.png", "output file")
	flag.Parse()
	var points []chart.GrowthPoint
	for _, r := range estimate.PresetRuns() {
		points = append(points, chart.GrowthPoint{Name: r.Preset.Name, Year: float64(r.Preset.Year), KWh: r.Result.Energy.Central.KilowattHours()})
	}
	c, err := chart.Growth(chart.GrowthInput{Presets: points}, content.English)
	if err != nil {
		log.Fatal(err)
	}
	png, err := c.PNG()
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, png, 0o644); err != nil {
		log.Fatal(err)
	}
}
