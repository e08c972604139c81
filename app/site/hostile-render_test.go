package site

import (
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"golang.org/x/net/html"

	"wattledger/app/ui"
)

// hostileValues are what an attacker puts in a parameter: each starts with
// hostileBegin and ends with hostileEnd, so a value the HTML parser split
// (its start in one attribute, its end in another node) is caught; each tries
// to close the attribute or text it lands in and open an element carrying
// hostileMark.
var hostileValues = []string{
	hostileBegin + `"><meta http-equiv=refresh content="0;url=//elsewhere/" data-wl-inject>` + hostileEnd,
	hostileBegin + `"><style data-wl-inject>body{display:none}</style>` + hostileEnd,
	hostileBegin + `'><b data-wl-inject>x</b>` + hostileEnd,
	hostileBegin + `\"><b data-wl-inject>x</b>\` + hostileEnd,
	hostileBegin + `&quot;><b data-wl-inject>&amp;&lt;` + hostileEnd,
	hostileBegin + "\n\"\r\n<b data-wl-inject>\t\x00" + hostileEnd,
	hostileBegin + `“”„‘’«»＂＜b data-wl-inject＞` + hostileEnd,
	hostileBegin + `</textarea></script></style></title><b data-wl-inject>` + hostileEnd,
	hostileBegin + "1e4\"\u2028\u2029<b data-wl-inject>" + hostileEnd,
}

const (
	hostileBegin = "wlbegin"
	hostileEnd   = "wlend"
	hostileMark  = "data-wl-inject"
)

// hostileParams are every parameter any page reads, plus one it does not.
var hostileParams = []string{"preset", "method", "hw", "n", "hours", "gpuh", "w", "pue", "flops",
	"params", "tokens", "mfu", "region", "ci", "qwh", "qpd", "days", "dv", "facility", "grid",
	"view", "theme", "controls", "unknown"}

// TestHostileParametersStayInTheirNodes renders every page with every
// hostile value in every parameter, alone and all at once, and parses the
// HTML as a browser would: no element or attribute the value describes
// exists, and no attribute value or text node holds the end of a value
// without its start.
func TestHostileParametersStayInTheirNodes(t *testing.T) {
	ui.Register(ui.Site{})
	h := withPageHead(newGoApp("test", app.LocalDir("")), "https://ledger.example.org")
	for _, r := range ui.Routes {
		for _, v := range hostileValues {
			queries := []string{}
			all := url.Values{}
			for _, p := range hostileParams {
				// Each method shows its own number fields.
				for _, m := range []string{"", "compute", "inference"} {
					q := url.Values{p: {v}}
					if m != "" && p != "method" {
						q.Set("method", m)
					}
					queries = append(queries, q.Encode())
				}
				all.Set(p, v)
			}
			queries = append(queries, all.Encode())
			for _, q := range queries {
				target := r.Path + "?" + q
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
				if rec.Code != 200 {
					t.Errorf("GET %s: status %d", target, rec.Code)
					continue
				}
				if bad := hostileLeaks(rec.Body.String()); len(bad) > 0 {
					t.Errorf("GET %s: the value left its node: %s", target, strings.Join(bad, "; "))
				}
			}
		}
	}
}

// hostileLeaks parses page and lists what a hostile value did to it.
func hostileLeaks(page string) []string {
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return []string{"unparsable page: " + err.Error()}
	}
	var bad []string
	check := func(where, s string) {
		// A value may be cut short (estimate keeps 64 bytes of each),
		// leaving its start without its end; an end without its start is
		// the rest of a value that broke out of an earlier node.
		if strings.Count(s, hostileEnd) > strings.Count(s, hostileBegin) {
			bad = append(bad, where+" holds part of a value: "+shorten(s))
		}
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.ElementNode:
			for _, a := range n.Attr {
				if a.Key == hostileMark || strings.Contains(a.Key, hostileBegin) || strings.Contains(a.Key, hostileEnd) {
					bad = append(bad, "<"+n.Data+"> has an injected attribute "+a.Key)
				}
				check("<"+n.Data+" "+a.Key+">", a.Val)
			}
			if n.Data == "meta" && strings.EqualFold(htmlAttr(n, "http-equiv"), "refresh") {
				bad = append(bad, "a <meta http-equiv=refresh>")
			}
		case html.TextNode, html.CommentNode:
			check("text", n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return bad
}

func htmlAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func shorten(s string) string {
	if len(s) > 120 {
		return s[:120] + "…"
	}
	return s
}
