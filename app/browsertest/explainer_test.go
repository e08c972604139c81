//go:build !js

package browsertest

import (
	"encoding/json"
	"net/url"
	"testing"
)

// TestArticleNumbersMatchTheCalculator opens the article in both
// languages and follows its computed numbers: each energy figure must read
// exactly as the calculator shows it for the same inputs, and the
// methodology page's reproduction of each preset must equal the
// calculator's energy for that preset.
func TestArticleNumbersMatchTheCalculator(t *testing.T) {
	requireBrowser(t)
	t.Parallel()
	tb := newTab(t)
	base := suite.goURL
	for _, prefix := range []string{"", "/zh"} {
		tb.load(base + prefix + "/")
		var links []struct {
			Href string `json:"href"`
			Text string `json:"text"`
		}
		raw := eval[string](tb, `JSON.stringify([...document.querySelectorAll('#article a.live[data-output="energy"]')]
			.map(a => ({href: a.getAttribute("href"), text: a.textContent.trim()})))`)
		if err := json.Unmarshal([]byte(raw), &links); err != nil {
			t.Fatal(err)
		}
		if len(links) < 5 {
			tb.fatalf("%s/: only %d computed energy figures in the article", prefix, len(links))
		}
		seen := map[string]bool{}
		for _, l := range links {
			if seen[l.Href] {
				continue
			}
			seen[l.Href] = true
			u, err := url.Parse(l.Href)
			if err != nil || u.Path != prefix+"/" {
				tb.errorf("article link %q does not open this language's calculator", l.Href)
				continue
			}
			tb.load(base + l.Href)
			shown := eval[string](tb, `document.querySelector("#energy .value").textContent.trim()`)
			if shown != l.Text {
				tb.errorf("%s/: the article says %q for %s, the calculator shows %q", prefix, l.Text, u.RawQuery, shown)
			}
		}

		tb.load(base + prefix + "/methodology/")
		var rows []struct {
			ID  string `json:"id"`
			KWh string `json:"kwh"`
		}
		raw = eval[string](tb, `JSON.stringify([...document.querySelectorAll('#presets tr[id^="preset-"]')]
			.map(r => ({id: r.id.slice(7), kwh: r.querySelector("td[data-kwh]").dataset.kwh})))`)
		if err := json.Unmarshal([]byte(raw), &rows); err != nil {
			t.Fatal(err)
		}
		if len(rows) != 11 {
			tb.fatalf("%s/methodology/: %d preset rows, want 11", prefix, len(rows))
		}
		for _, r := range rows {
			tb.load(base + prefix + "/?preset=" + r.ID)
			c := tb.contract()
			if c.KWh == nil || *c.KWh != r.KWh {
				tb.errorf("%s: methodology says %s kWh, calculator %v", r.ID, r.KWh, deref(c.KWh))
			}
		}
	}
	tb.expectNoProblems("article and methodology")
}
