package site

import (
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"wattledger/app/ui"
)

// TestServerLeavesTheLanguageOfferToTheBrowser: the server knows neither
// the reader's languages nor what they saved, so its page holds no offer,
// only the empty slot with what app/site/boot.js needs to make one: the
// other language's link, text and dismiss label. (The server once
// prerendered an offer of English on every Chinese page, which a Chinese
// reader saw until Go started and took it away.)
func TestServerLeavesTheLanguageOfferToTheBrowser(t *testing.T) {
	ui.Register(ui.Site{})
	h := withPageHead(newGoApp("test", app.LocalDir("")), "https://ledger.example.org")
	for _, c := range []struct{ path, pageLang, offerLang, href, text string }{
		{"/?preset=gpt-3", "en", "zh-Hans", "/zh/?preset=gpt-3", "中文"},
		{"/zh/", "zh", "en", "/", "English"},
		{"/zh/methodology/", "zh", "en", "/methodology/", "English"},
		{"/power/", "en", "zh-Hans", "/zh/power/", "中文"},
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", c.path, nil))
		body := rec.Body.String()
		if strings.Contains(body, `id="lang-offer"`) {
			t.Errorf("%s: the server's page offers the other language", c.path)
		}
		i := strings.Index(body, `class="lang-offer-slot"`)
		if i < 0 {
			t.Errorf("%s: no language offer slot", c.path)
			continue
		}
		start, end := strings.LastIndex(body[:i], "<div"), strings.Index(body[i:], ">")
		slot := body[start : i+end]
		for _, want := range []string{
			`data-page-lang="` + c.pageLang + `"`,
			`data-offer-lang="` + c.offerLang + `"`,
			`data-offer-href="` + c.href + `"`,
			`data-offer-dismiss="`,
		} {
			if !strings.Contains(slot, want) {
				t.Errorf("%s: the slot %s lacks %s", c.path, slot, want)
			}
		}
		if !strings.Contains(slot, `data-offer-text="`) || !strings.Contains(slot, c.text) {
			t.Errorf("%s: the slot %s does not offer %q", c.path, slot, c.text)
		}
	}
}
