package site

import (
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"golang.org/x/net/html"

	"wattledger/app/ui"
)

// TestNoFalseBooleanAttributes parses the server's pages as a browser
// without JavaScript would: each drop-down has exactly one selected
// option, the link's, and each radio group exactly one checked button.
func TestNoFalseBooleanAttributes(t *testing.T) {
	ui.Register(ui.Site{})
	h := withPageHead(newGoApp("test", app.LocalDir("")), "https://ledger.example.org")
	for _, target := range []string{"/?preset=bloom-176b&region=FRA", "/zh/embed/?preset=deepseek-v3&method=compute"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
		doc, err := html.Parse(strings.NewReader(rec.Body.String()))
		if err != nil {
			t.Fatal(err)
		}
		selected := map[string][]string{} // select name → selected values
		checked := map[string][]string{}  // radio name → checked values
		var walk func(n *html.Node, sel string)
		walk = func(n *html.Node, sel string) {
			if n.Type == html.ElementNode {
				switch n.Data {
				case "select":
					sel = htmlAttr(n, "name")
					selected[sel] = selected[sel][:0:0]
				case "option":
					if hasAttr(n, "selected") {
						selected[sel] = append(selected[sel], htmlAttr(n, "value"))
					}
				case "input":
					if htmlAttr(n, "type") == "radio" && hasAttr(n, "checked") {
						checked[htmlAttr(n, "name")] = append(checked[htmlAttr(n, "name")], htmlAttr(n, "value"))
					}
				}
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c, sel)
			}
		}
		walk(doc, "")
		want := map[string]string{"preset": "bloom-176b", "region": "FRA"}
		if strings.Contains(target, "deepseek") {
			want = map[string]string{"preset": "deepseek-v3"}
		}
		for name, v := range want {
			if got := selected[name]; len(got) != 1 || got[0] != v {
				t.Errorf("%s: <select name=%s> has %q selected, want only %q", target, name, got, v)
			}
		}
		for name, got := range selected {
			if len(got) > 1 {
				t.Errorf("%s: <select name=%s> has %d options selected", target, name, len(got))
			}
		}
		wantMethod := "hardware"
		if strings.Contains(target, "compute") {
			wantMethod = "compute"
		}
		if got := checked["method"]; len(got) != 1 || got[0] != wantMethod {
			t.Errorf("%s: method radios checked: %q, want only %s", target, got, wantMethod)
		}
	}
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}
