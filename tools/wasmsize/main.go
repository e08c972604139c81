// Command wasmsize renders one chart as SVG. It exists to measure
// what the chart package adds to the WebAssembly build:
//
//	GOOS=js GOARCH=wasm go build -trimpath -ldflags='-s -w' -tags minimal -o /tmp/c.wasm ./tools/wasmsize
//	brotli -q 11 -o /tmp/c.wasm.br /tmp/c.wasm
//
// and, for the figure without the Liberation stand-ins, the same with
// -modfile pointing at a copy of go.mod without the replace directive.
package main

import (
	"fmt"

	"wattledger/app/chart"
	"wattledger/content"
)

func main() {
	c, err := chart.PowerSources(chart.PowerSourcesInput{KWh: 1.287e6, Runs: []chart.SourceRun{
		{Source: "nuclear", Hours: 1.4}, {Source: "wind", Hours: 1200},
	}}, content.Chinese)
	if err != nil {
		panic(err)
	}
	svg, err := c.SVG(chart.Phone)
	if err != nil {
		panic(err)
	}
	fmt.Println(len(svg))
}
