//go:build !js

package browsertest

import (
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestChartPNG checks the PNG download: the button loads web/chart-png.js,
// which draws the chart's SVG on a canvas at twice its size with the chart
// font embedded. The image must be 1280×800 PNG on white, with ink where
// the title is, and be saved under a name that says which run and chart
// it is, in the page's language.
func TestChartPNG(t *testing.T) {
	requireBrowser(t)
	t.Parallel()
	tb := newTab(t)
	tb.load(suite.goURL + "/zh/?preset=gpt-3")
	tb.settle(`document.querySelectorAll(".charts .chart:has(svg)").length === 6`, "the six charts (stack, sensitivity, sources, growth, scale, CO2)")
	scrollTo(tb, `document.getElementById("chart-sources")`)
	// The save is an anchor's click with its download name; it is kept
	// here, with the file itself, instead of reaching the browser's
	// downloads. The file is what the button made, not a drawing of the
	// chart the page shows: the page may show the phone's layout (the
	// charts' two columns at this width), the download must keep the
	// desktop's.
	eval[bool](tb, `window.wattSaved = [];
		const createObjectURL = URL.createObjectURL;
		URL.createObjectURL = (b) => {
			if (b.type === "image/png") window.wattSavedFile = b;
			return createObjectURL.call(URL, b);
		};
		document.addEventListener("click", (e) => {
			if (e.target instanceof HTMLAnchorElement && e.target.download) { window.wattSaved.push(e.target.download); e.preventDefault(); }
		}, true);
		true`)
	run(tb, stepTimeout, "clicking the first chart's PNG button",
		chromedp.Click(chromedp.CSS(`#chart-sources .chart-actions button:nth-of-type(2)`)))
	tb.poll(stepTimeout, `typeof window.wattChartPNG === "function"`, "web/chart-png.js to load")
	tb.poll(stepTimeout, `window.wattSaved.length > 0`, "the PNG to be saved")
	if saved := eval[string](tb, `window.wattSaved[0]`); saved != "瓦特账本-gpt-3-发电厂运行时间.png" {
		tb.errorf("the PNG is saved as %q, want 瓦特账本-gpt-3-发电厂运行时间.png", saved)
	}
	got := run(tb, stepTimeout, "reading the saved PNG", chromedp.Evaluate[[]float64](`(async () => {
		const png = await window.wattSavedFile;
		const bmp = await createImageBitmap(png);
		const canvas = new OffscreenCanvas(bmp.width, bmp.height);
		const ctx = canvas.getContext("2d");
		ctx.drawImage(bmp, 0, 0);
		const corner = ctx.getImageData(2, 2, 1, 1).data;
		// The title's first line: 17 px text at x 16, baseline 31 (SVG units).
		const title = ctx.getImageData(32, 30, 600, 36).data;
		let ink = 0;
		for (let i = 0; i < title.length; i += 4) if (title[i] < 128) ink++;
		return [bmp.width, bmp.height, png.type === "image/png" ? 1 : 0, corner[0] + corner[1] + corner[2], ink];
	})()`, chromedp.EvalAwaitPromise))
	if len(got) != 5 {
		tb.fatalf("PNG check returned %v", got)
	}
	t.Logf("PNG %v×%v, corner RGB sum %v, %v dark pixels in the title", got[0], got[1], got[3], got[4])
	if got[0] != 1280 || got[1] != 800 {
		tb.errorf("PNG is %v×%v, want 1280×800", got[0], got[1])
	}
	if got[2] != 1 {
		tb.errorf("the download is not image/png")
	}
	if got[3] != 3*255 {
		tb.errorf("corner is not white (RGB sum %v)", got[3])
	}
	if got[4] < 500 {
		tb.errorf("only %v dark pixels where the title is: the text was not drawn", got[4])
	}
	// Kept beside the screenshots, to look at.
	dataURL := run(tb, stepTimeout, "encoding the PNG", chromedp.Evaluate[string](`(async () => {
		const png = await window.wattSavedFile;
		return await new Promise((resolve) => { const r = new FileReader(); r.onload = () => resolve(r.result); r.readAsDataURL(png); });
	})()`, chromedp.EvalAwaitPromise))
	b, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(dataURL, "data:image/png;base64,"))
	if err != nil {
		tb.fatalf("PNG data URL: %v", err)
	}
	dir := filepath.Join(suite.root, "out", "screenshots", safeName(t.Name()))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "chart-sources.zh.png"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	tb.expectNoProblems("the PNG download")
}
