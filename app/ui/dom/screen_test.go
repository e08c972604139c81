package dom

import (
	"os"
	"strings"
	"testing"
)

// TestChartPhoneQueryInCSS checks that web/app.css switches the charts'
// layouts at the width NarrowCharts asks about.
func TestChartPhoneQueryInCSS(t *testing.T) {
	css, err := os.ReadFile("../../../web/app.css")
	if err != nil {
		t.Fatal(err)
	}
	for _, rule := range []string{
		".chart { container-type: inline-size; }",
		"@container " + ChartPhoneQuery + " {\n  .chart-phone:not(:only-child)",
	} {
		if !strings.Contains(string(css), rule) {
			t.Errorf("web/app.css has no %q: the page and the browser's drawing would switch layouts at different widths", rule)
		}
	}
}
