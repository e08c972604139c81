//go:build !js

package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestWasmLeavesOutUnusedBackEnds guards the wasm's size: each package
// below once shipped to every visitor without being used by the page.
// gonum/plot links its EPS, PDF, TeX and raster back ends unless built
// with the `minimal` tag (Makefile: WASM_TAGS), the chart package's PNG
// encoder is host-only (app/chart/png.go; the browser rasterises the SVG),
// go-latex's TrueType back end embeds four Go fonts, and content's tables
// are generated Go: their JSON and CSV reader (content/internal/tablegen)
// stays on the host.
func TestWasmLeavesOutUnusedBackEnds(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	cmd := exec.Command("go", "list", "-deps", "-tags", "minimal", ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	deps := map[string]bool{}
	for _, p := range strings.Fields(string(out)) {
		deps[p] = true
	}
	if !deps["gonum.org/v1/plot/vg/vgsvg"] {
		t.Fatal("the dependency list has no vgsvg: is this still the app that draws charts?")
	}
	for _, p := range []string{
		"gonum.org/v1/plot/vg/vgimg",
		"gonum.org/v1/plot/vg/vgpdf",
		"gonum.org/v1/plot/vg/vgeps",
		"gonum.org/v1/plot/vg/vgtex",
		"codeberg.org/go-pdf/fpdf",
		"image/jpeg",
		"golang.org/x/image/tiff",
		"golang.org/x/image/font/gofont/goregular",
		"wattledger/content/internal/tablegen",
		// The server's page compression (app/site/encoding.go).
		"github.com/andybalholm/brotli",
	} {
		if deps[p] {
			t.Errorf("the wasm links %s", p)
		}
	}
}
