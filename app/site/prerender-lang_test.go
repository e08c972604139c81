package site

import (
	"net/http/httptest"
	"strings"
	"testing"
	"unicode"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"golang.org/x/net/html"

	"wattledger/app/ui"
	"wattledger/content"
)

// TestChineseChartsArePrerenderedInChinese reads the server's HTML for the
// Chinese calculator and for each chart's Chinese embed, as a visitor's
// first paint shows it before the WebAssembly starts, and finds Chinese in
// every chart's title and the Chinese text of its axes. (The server once
// drew them in English: go-app renders a page before the page's
// OnPreRender has read the route's language.)
func TestChineseChartsArePrerenderedInChinese(t *testing.T) {
	ui.Register(ui.Site{})
	h := withPageHead(newGoApp("test", app.LocalDir("")), "https://ledger.example.org")
	get := func(target string) map[string]chartText {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
		if rec.Code != 200 {
			t.Fatalf("GET %s: status %d", target, rec.Code)
		}
		doc, err := html.Parse(strings.NewReader(rec.Body.String()))
		if err != nil {
			t.Fatal(err)
		}
		return chartTexts(doc)
	}
	page := get("/zh/")
	if len(page) < 3 {
		t.Fatalf("/zh/ prerenders %d charts, want the page's charts", len(page))
	}
	for kind, c := range page {
		checkChineseChart(t, "/zh/", kind, c)
		embed := "/zh/embed/?view=chart-" + kind
		for k, c := range get(embed) {
			checkChineseChart(t, embed, k, c)
		}
	}
}

// chartText is what one prerendered chart says.
type chartText struct {
	title string
	texts []string
}

// chartTexts finds every chart panel (<section id="chart-KIND">) and
// reads its SVG's <title> and <text> nodes.
func chartTexts(doc *html.Node) map[string]chartText {
	out := map[string]chartText{}
	var inChart func(n *html.Node, c *chartText)
	inChart = func(n *html.Node, c *chartText) {
		if n.Type == html.ElementNode && (n.Data == "title" || n.Data == "text") && n.FirstChild != nil {
			if n.Data == "title" {
				c.title = n.FirstChild.Data
			} else {
				c.texts = append(c.texts, n.FirstChild.Data)
			}
		}
		for k := n.FirstChild; k != nil; k = k.NextSibling {
			inChart(k, c)
		}
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "section" && strings.HasPrefix(htmlAttr(n, "id"), "chart-") &&
			strings.Contains(htmlAttr(n, "class"), "chart-panel") {
			var c chartText
			inChart(n, &c)
			out[strings.TrimPrefix(htmlAttr(n, "id"), "chart-")] = c
			return
		}
		for k := n.FirstChild; k != nil; k = k.NextSibling {
			walk(k)
		}
	}
	walk(doc)
	return out
}

func checkChineseChart(t *testing.T, page, kind string, c chartText) {
	t.Helper()
	if !hasHan(c.title) {
		t.Errorf("%s: chart %s's title is %q", page, kind, c.title)
	}
	// Each axis a chart labels has one or more Chinese labels (linear or
	// log, hours or years); one of them must be in the drawing.
	for _, axis := range [][]string{{".axis.x"}, {".axis.y"}, {".axis", ".axis.log", ".axis.hours", ".axis.days", ".axis.years"}} {
		var want []string
		for _, suffix := range axis {
			if key := "chart." + kind + suffix; content.Chinese.Has(key) && !strings.Contains(content.Chinese.T(key), "{") {
				want = append(want, content.Chinese.T(key))
			}
		}
		if len(want) > 0 && !containsAny(c.texts, want) {
			t.Errorf("%s: chart %s has none of the axis labels %q; its texts are %q", page, kind, want, c.texts)
		}
	}
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

func containsAny(texts, want []string) bool {
	for _, s := range texts {
		for _, w := range want {
			if s == w {
				return true
			}
		}
	}
	return false
}
