//go:build !js

package browsertest

import (
	"regexp"
	"strings"
	"testing"
)

// page is one route of the site in one language.
type sitePage struct {
	path  string
	lang  string // <html lang>
	title string // a part of the <title>
	// computes is true for the pages with the calculator (data-app="ready"
	// once the WebAssembly has computed).
	computes bool
}

var pages = []sitePage{
	{"/", "en", "Watt Ledger", true},
	{"/zh/", "zh-Hans", "瓦特账本", true},
	{"/methodology/", "en", "Methodology", false},
	{"/zh/methodology/", "zh-Hans", "方法说明", false},
	{"/embed/", "en", "Watt Ledger", true},
	{"/zh/embed/", "zh-Hans", "瓦特账本", true},
	{"/power/", "en", "Powering AI", false},
	{"/zh/power/", "zh-Hans", "为AI供电", false},
}

var (
	han     = regexp.MustCompile(`\p{Han}`)
	letters = regexp.MustCompile(`\pL`)
)

// hanShare is the share of Han characters among the letters of s.
func hanShare(s string) float64 {
	n := len(letters.FindAllString(s, -1))
	if n == 0 {
		return 0
	}
	return float64(len(han.FindAllString(s, -1))) / float64(n)
}

// TestPagesLoad loads every page in both languages from the Go server and
// from the static export: each reaches data-app="ready" (the methodology
// pages too: they mark themselves ready), has the right <html lang> and a
// <title> in its language, and logs no error or exception.
func TestPagesLoad(t *testing.T) {
	parent := newTab(t)
	for _, o := range origins() {
		t.Run(o.name, func(t *testing.T) {
			tb := parent.in(t)
			for _, p := range pages {
				tb.load(o.url + p.path)
				c := tb.contract()
				if c.Lang != p.lang {
					tb.errorf("%s: <html lang=%q>, want %q", p.path, c.Lang, p.lang)
				}
				if strings.TrimSpace(c.Title) == "" || !strings.Contains(c.Title, p.title) {
					tb.errorf("%s: <title> %q, want one containing %q", p.path, c.Title, p.title)
				}
				if zh := han.MatchString(c.Title); zh != (p.lang == "zh-Hans") {
					tb.errorf("%s: <title> %q is not in the page's language %s", p.path, c.Title, p.lang)
				}
				if p.computes && c.KWh == nil {
					tb.errorf("%s: ready, but #energy has no data-kwh", p.path)
				}
				if c.ErrorText != nil {
					tb.errorf("%s: shows #input-error %q with no bad input", p.path, *c.ErrorText)
				}
				// Chinese pages are mostly Chinese; English ones quote a few
				// Chinese names and the switch to 中文.
				if share := hanShare(c.Text); (p.lang == "zh-Hans" && share < 0.3) || (p.lang == "en" && share > 0.03) {
					tb.errorf("%s: %.1f%% of the letters are Han characters on a %s page", p.path, share*100, p.lang)
				}
				// The browser prefers English (--lang=en-US) and nothing is
				// saved: only the Chinese pages offer the other language.
				offer := eval[bool](tb, `document.querySelector("#lang-offer") !== null`)
				if want := p.lang == "zh-Hans"; !strings.Contains(p.path, "embed") && offer != want && eval[string](tb, `navigator.languages[0] ?? navigator.language`) == "en-US" {
					tb.errorf("%s: #lang-offer shown = %v, want %v for a browser that prefers en-US", p.path, offer, want)
				}
				tb.expectCleanText(p.path, c)
				tb.expectNoProblems(o.name + " " + p.path)
			}
		})
	}
}
