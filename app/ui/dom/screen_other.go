//go:build !wasm

package dom

// NarrowCharts knows nothing on the host: the server's page may be shown
// at any width, so it carries both layouts of each chart.
func NarrowCharts() (narrow, known bool) { return false, false }

// OnChartWidthChange never runs f on the host, whose page has no width.
func OnChartWidthChange(f func()) (stop func()) { return func() {} }
