package dom

import (
	"os"
	"strings"
	"testing"
)

// TestPhoneMediaInCSS checks that web/app.css switches the charts'
// layouts at the width NarrowScreen asks about.
func TestPhoneMediaInCSS(t *testing.T) {
	css, err := os.ReadFile("../../../web/app.css")
	if err != nil {
		t.Fatal(err)
	}
	rule := "@media " + PhoneMedia + " {\n  .chart-phone:not(:only-child)"
	if !strings.Contains(string(css), rule) {
		t.Errorf("web/app.css has no %q: the page and the browser's drawing would switch layouts at different widths", rule)
	}
}
