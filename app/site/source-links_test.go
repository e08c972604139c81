package site

import (
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"golang.org/x/net/html"

	"wattledger/app/estimate"
	"wattledger/app/ui"
	"wattledger/content"
)

// TestEveryPageLinksItsNumbersToTheirSources reads the server's HTML of
// the calculator, the power page and the methodology in both languages: a
// reader of any of them reaches the publication behind a figure in one
// click, by a short citation mark in the page's language, and every such
// link lands on an entry of the methodology's source list.
func TestEveryPageLinksItsNumbersToTheirSources(t *testing.T) {
	ui.Register(ui.Site{})
	h := withPageHead(newGoApp("test", app.LocalDir("")), "https://ledger.example.org")
	get := func(target string) *html.Node {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
		if rec.Code != 200 {
			t.Fatalf("GET %s: status %d", target, rec.Code)
		}
		doc, err := html.Parse(strings.NewReader(rec.Body.String()))
		if err != nil {
			t.Fatal(err)
		}
		return doc
	}
	v, _ := url.ParseQuery("preset=gpt-3")
	gpt3, err := estimate.Estimate(estimate.FromQuery(v))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range content.Langs {
		p := l.PathPrefix()
		entries := map[string]bool{}
		for _, id := range ids(get(p + "/methodology/")) {
			entries[id] = true
		}
		for _, c := range []struct {
			page, within string
			want         []string // source ids the part must link to
		}{
			// The result's own sources, under the comparisons.
			{p + "/?preset=gpt-3", "result-sources", sourceIDs(gpt3.Sources())},
			// The reference plants the supply is counted in, and the
			// country's demand and grid.
			{p + "/power/?mw=1000&region=USA", "power-sources", []string{"eia-electric-power-annual", "ipcc-ar5-annex3", "ember-2025"}},
			{p + "/methodology/", "constants", nil},
		} {
			doc := get(c.page)
			part := byID(doc, c.within)
			if part == nil {
				t.Errorf("%s: no #%s", c.page, c.within)
				continue
			}
			links := sourceLinks(part)
			if len(links) == 0 {
				t.Errorf("%s #%s links to no source", c.page, c.within)
			}
			for id, text := range links {
				if !entries["source-"+id] {
					t.Errorf("%s links to %s, which the methodology's list lacks", c.page, id)
				}
				src, _ := content.SourceByID(id)
				// A publisher's two entries of a year are told apart: "EIA 2023a".
				if want := content.CitationMark(l, src); strings.TrimRight(text, "abcdefgh") != want {
					t.Errorf("%s cites %s as %q, want its mark %q", c.page, id, text, want)
				}
			}
			for _, id := range c.want {
				if _, ok := links[id]; !ok {
					t.Errorf("%s #%s does not link to %s", c.page, c.within, id)
				}
			}
		}
	}
}

func sourceIDs(ss []content.Source) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.ID)
	}
	return out
}

// sourceLinks maps each source a part links to (methodology/#source-ID) to
// the link's text.
func sourceLinks(n *html.Node) map[string]string {
	out := map[string]string{}
	walkElements(n, func(e *html.Node) {
		if e.Data != "a" {
			return
		}
		_, frag, ok := strings.Cut(htmlAttr(e, "href"), "/methodology/#source-")
		if ok {
			out[frag] = textOf(e)
		}
	})
	return out
}

// ids lists every element id in a document.
func ids(doc *html.Node) []string {
	var out []string
	walkElements(doc, func(e *html.Node) {
		if id := htmlAttr(e, "id"); id != "" {
			out = append(out, id)
		}
	})
	return out
}

// byID finds the element with an id.
func byID(doc *html.Node, id string) *html.Node {
	var found *html.Node
	walkElements(doc, func(e *html.Node) {
		if found == nil && htmlAttr(e, "id") == id {
			found = e
		}
	})
	return found
}

func walkElements(n *html.Node, f func(*html.Node)) {
	if n.Type == html.ElementNode {
		f(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walkElements(c, f)
	}
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.TrimSpace(b.String())
}
